using System.Globalization;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Admin.Comparison;

/// <summary>A field's value as plain text for comparisons; references are named through <paramref name="nameOf"/>.</summary>
public sealed class FieldPlainText(Func<string, string> nameOf) : IFieldVisitor<string>
{
    public string VisitText(FieldContext field) => FieldKinds.TextOf(field.Value, "Text") ?? "";

    public string VisitHtml(FieldContext field) => PlainText.FromHtml(FieldKinds.TextOf(field.Value, "Html"));

    public string VisitMarkdown(FieldContext field) => FieldKinds.TextOf(field.Value, "Markdown") ?? "";

    public string VisitNumeric(FieldContext field) =>
        (field.Value as JsonObject)?["Value"].AsDecimal()?.ToString(CultureInfo.CurrentCulture) ?? "";

    public string VisitBoolean(FieldContext field) => (field.Value as JsonObject)?["Value"].AsBool() switch
    {
        true => "✓",
        false => "✗",
        null => "",
    };

    public string VisitDate(FieldContext field) => FieldKinds.TextOf(field.Value, "Value") ?? "";

    public string VisitDateTime(FieldContext field) => FieldKinds.TextOf(field.Value, "Value") ?? "";

    public string VisitLink(FieldContext field)
    {
        var url = FieldKinds.TextOf(field.Value, "Url") ?? "";
        var text = FieldKinds.TextOf(field.Value, "Text") ?? "";
        return text.Length == 0 || text == url ? url : $"{text} <{url}>";
    }

    public string VisitContentPicker(FieldContext field) => Names((field.Value as JsonObject)?["ContentItemIds"].AsStrings());

    public string VisitMedia(FieldContext field) => string.Join("\n", (field.Value as JsonObject)?["Paths"].AsStrings() ?? []);

    public string VisitTaxonomy(FieldContext field) => Names((field.Value as JsonObject)?["TermContentItemIds"].AsStrings());

    public string VisitMultiText(FieldContext field) => string.Join("\n", (field.Value as JsonObject)?["Values"].AsStrings() ?? []);

    public string VisitOther(FieldContext field) => field.Value?.ToJsonString() ?? "";

    private string Names(IReadOnlyList<string>? ids) => string.Join(", ", (ids ?? []).Select(nameOf));
}
