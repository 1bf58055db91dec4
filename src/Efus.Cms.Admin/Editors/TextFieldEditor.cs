using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>TextField: one line of plain text, <c>{"Text": …}</c>.</summary>
public sealed class TextFieldEditor : IFieldEditor
{
    public static TextFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Text";

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        value["Text"] = FormValues.Text(form, name);
        return [];
    }
}
