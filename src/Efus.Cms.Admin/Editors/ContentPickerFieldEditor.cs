using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>ContentPickerField: checkboxes (or radios when single) of published items of the allowed types, <c>{"ContentItemIds": […]}</c>.</summary>
public sealed class ContentPickerFieldEditor : IFieldEditor
{
    public static ContentPickerFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Choices";

    public ChoiceSource Choices => ChoiceSource.ContentItems;

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        var ids = FormValues.Many(form, name);
        if (!Multiple(field) && ids.Count > 1)
        {
            return [new("Un seul élément peut être choisi.")];
        }

        value["ContentItemIds"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]);
        return [];
    }

    public static bool Multiple(FieldContext field) => field.Field.Setting("ContentPickerFieldSettings", "Multiple").AsBool() ?? false;

    public static IReadOnlyList<string> Selected(FieldContext field) => (field.Value as JsonObject)?["ContentItemIds"].AsStrings() ?? [];
}
