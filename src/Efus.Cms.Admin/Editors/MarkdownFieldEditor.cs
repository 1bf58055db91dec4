using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>MarkdownField: a plain textarea, <c>{"Markdown": …}</c>.</summary>
public sealed class MarkdownFieldEditor : IFieldEditor
{
    public static MarkdownFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Markdown";

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        value["Markdown"] = FormValues.Text(form, name);
        return [];
    }
}
