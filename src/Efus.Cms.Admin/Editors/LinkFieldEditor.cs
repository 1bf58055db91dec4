using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>LinkField: an address and its text, <c>{"Url": …, "Text": …}</c>; the validator refuses javascript: and other schemes.</summary>
public sealed class LinkFieldEditor : IFieldEditor
{
    public static LinkFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Link";

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        var url = FormValues.Text(form, name + ".Url").Trim();
        value["Url"] = url.Length == 0 ? null : url;
        value["Text"] = FormValues.Text(form, name + ".Text").Trim();
        return [];
    }
}
