using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>MediaField: the media paths, one per line, until the media library brings uploads; <c>{"Paths": […]}</c>.</summary>
public sealed class MediaFieldEditor : IFieldEditor
{
    public static MediaFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Media";

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        var paths = FormValues.Lines(form, name);
        if (field.Field.Setting("MediaFieldSettings", "Multiple").AsBool() == false && paths.Count > 1)
        {
            return [new("Un seul fichier est permis.")];
        }

        value["Paths"] = new JsonArray([.. paths.Select(p => (JsonNode)p)]);
        return [];
    }

    public static string Display(FieldContext field) => string.Join("\n", (field.Value as JsonObject)?["Paths"].AsStrings() ?? []);
}
