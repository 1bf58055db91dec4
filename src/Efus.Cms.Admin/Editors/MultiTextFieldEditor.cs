using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>MultiTextField: one value per line, <c>{"Values": […]}</c>.</summary>
public sealed class MultiTextFieldEditor : IFieldEditor
{
    public static MultiTextFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_MultiText";

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        value["Values"] = new JsonArray([.. FormValues.Lines(form, name).Select(v => (JsonNode)v)]);
        return [];
    }

    public static string Display(FieldContext field) => string.Join("\n", (field.Value as JsonObject)?["Values"].AsStrings() ?? []);
}
