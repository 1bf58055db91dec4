using System.Globalization;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Web.Rendering;

/// <summary>The HTML of a field value that needs no other item (pickers and terms are resolved by the renderer).</summary>
public sealed class FieldValueHtml : IFieldVisitor<string>
{
    public static FieldValueHtml Instance { get; } = new();

    public string VisitText(FieldContext field) => Encode(FieldKinds.TextOf(field.Value, "Text"));

    // Html fields are sanitised when they are written.
    public string VisitHtml(FieldContext field) => FieldKinds.TextOf(field.Value, "Html") ?? "";

    public string VisitMarkdown(FieldContext field) => $"<pre>{Encode(FieldKinds.TextOf(field.Value, "Markdown"))}</pre>";

    public string VisitNumeric(FieldContext field) =>
        (field.Value as JsonObject)?["Value"].AsDecimal()?.ToString(CultureInfo.InvariantCulture) ?? "";

    public string VisitBoolean(FieldContext field) =>
        (field.Value as JsonObject)?["Value"].AsBool() switch { true => "Oui", false => "Non", null => "" };

    public string VisitDate(FieldContext field) => Encode(FieldKinds.TextOf(field.Value, "Value"));

    public string VisitDateTime(FieldContext field) => Encode(FieldKinds.TextOf(field.Value, "Value"));

    public string VisitLink(FieldContext field)
    {
        var url = FieldKinds.TextOf(field.Value, "Url");
        if (string.IsNullOrEmpty(url))
        {
            return "";
        }

        var text = FieldKinds.TextOf(field.Value, "Text");
        return $"<a href=\"{Encode(url)}\">{Encode(string.IsNullOrEmpty(text) ? url : text)}</a>";
    }

    public string VisitContentPicker(FieldContext field) => "";

    public string VisitMedia(FieldContext field) => "";

    public string VisitTaxonomy(FieldContext field) => "";

    public string VisitMultiText(FieldContext field) =>
        Encode(string.Join(", ", (field.Value as JsonObject)?["Values"].AsStrings() ?? []));

    public string VisitOther(FieldContext field) => "";

    private static string Encode(string? text) => ItemPage.Encoder.Encode(text ?? "");
}
