using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>
/// TaxonomyField: checkboxes of the taxonomy's terms (radios when Unique),
/// <c>{"TaxonomyContentItemId": …, "TermContentItemIds": […]}</c>.
/// </summary>
public sealed class TaxonomyFieldEditor : IFieldEditor
{
    public static TaxonomyFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Choices";

    public ChoiceSource Choices => ChoiceSource.TaxonomyTerms;

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        var ids = FormValues.Many(form, name);
        if (Unique(field) && ids.Count > 1)
        {
            return [new("Un seul terme peut être choisi.")];
        }

        value["TaxonomyContentItemId"] = TaxonomyId(field);
        value["TermContentItemIds"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]);
        return [];
    }

    public static string? TaxonomyId(FieldContext field) =>
        field.Field.Setting("TaxonomyFieldSettings", "TaxonomyContentItemId").AsString()
        ?? (field.Value as JsonObject)?["TaxonomyContentItemId"].AsString();

    public static bool Unique(FieldContext field) => field.Field.Setting("TaxonomyFieldSettings", "Unique").AsBool() ?? false;

    public static IReadOnlyList<string> Selected(FieldContext field) => (field.Value as JsonObject)?["TermContentItemIds"].AsStrings() ?? [];
}
