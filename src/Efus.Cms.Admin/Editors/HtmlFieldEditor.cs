using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>
/// HtmlField: a Trix editor whose hidden input posts HTML (a plain textarea without JavaScript).
/// The content manager sanitises it on save, whatever the browser sent.
/// </summary>
public sealed class HtmlFieldEditor : IFieldEditor
{
    public static HtmlFieldEditor Instance { get; } = new();

    public string Partial => "Editors/_Html";

    public IEnumerable<EditorMessage> Read(FieldContext field, IFormCollection form, string name, JsonObject value)
    {
        value["Html"] = FormValues.Text(form, name);
        return [];
    }
}
