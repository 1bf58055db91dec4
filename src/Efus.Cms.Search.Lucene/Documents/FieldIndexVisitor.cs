using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Lucene.Net.Documents;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>
/// What each field kind puts in a search document, as Orchard Core's field index handlers do:
/// text and HTML as words, numbers as numbers, taxonomy terms under <c>.Ids</c>, picked items by id,
/// media paths with their file text under <c>.FileText</c>.
/// </summary>
public sealed class FieldIndexVisitor : IFieldVisitor<IReadOnlyList<IndexValue>>
{
    public static FieldIndexVisitor Instance { get; } = new();

    public IReadOnlyList<IndexValue> VisitText(FieldContext field) => Text("", FieldKinds.TextOf(field.Value, "Text"));

    public IReadOnlyList<IndexValue> VisitHtml(FieldContext field) => Text("", HtmlText.ToPlainText(FieldKinds.TextOf(field.Value, "Html")));

    public IReadOnlyList<IndexValue> VisitMarkdown(FieldContext field) => Text("", FieldKinds.TextOf(field.Value, "Markdown"));

    public IReadOnlyList<IndexValue> VisitNumeric(FieldContext field)
    {
        var value = FieldValues.Number(field.Value);
        if (value is null)
        {
            return [];
        }

        return IsInteger(field.Field)
            ? [new LongValue("", (long)Math.Round(value.Value))]
            : [new DoubleValue("", (double)value.Value)];
    }

    public IReadOnlyList<IndexValue> VisitBoolean(FieldContext field) =>
        FieldValues.Flag(field.Value) is bool b ? [new KeywordValue("", b ? "true" : "false")] : [];

    public IReadOnlyList<IndexValue> VisitDate(FieldContext field) => Date(field);

    public IReadOnlyList<IndexValue> VisitDateTime(FieldContext field) => Date(field);

    // Orchard writes the URL, the text and the target under the same key.
    public IReadOnlyList<IndexValue> VisitLink(FieldContext field) =>
    [
        .. Text("", FieldKinds.TextOf(field.Value, "Url")),
        .. Text("", FieldKinds.TextOf(field.Value, "Text")),
        .. Text("", FieldKinds.TextOf(field.Value, "Target")),
    ];

    public IReadOnlyList<IndexValue> VisitContentPicker(FieldContext field) =>
        [.. FieldValues.Strings(field.Value, "ContentItemIds").Select(id => new KeywordValue("", id))];

    public IReadOnlyList<IndexValue> VisitMedia(FieldContext field) =>
    [
        .. FieldValues.Strings(field.Value, "Paths").Select(path => (IndexValue)new AttachmentValue(path)),
        .. FieldValues.Strings(field.Value, "MediaTexts").Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => new TextValue(".MediaText", t)),
    ];

    public IReadOnlyList<IndexValue> VisitTaxonomy(FieldContext field) =>
        [.. FieldValues.Strings(field.Value, "TermContentItemIds").Select(id => new KeywordValue(".Ids", id))];

    public IReadOnlyList<IndexValue> VisitMultiText(FieldContext field) =>
        [.. FieldValues.Strings(field.Value, "Values").Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new TextValue("", v))];

    public IReadOnlyList<IndexValue> VisitOther(FieldContext field) => [];

    /// <summary>Scale 0 (Orchard's default) is a whole number, indexed as Int64; otherwise Double.</summary>
    public static bool IsInteger(ContentPartFieldDefinition field) =>
        (field.Setting("NumericFieldSettings", "Scale").AsDecimal() ?? 0) == 0;

    public static NumericType NumericTypeOf(ContentPartFieldDefinition field) => field.FieldName switch
    {
        FieldKinds.Numeric => IsInteger(field) ? NumericType.INT64 : NumericType.DOUBLE,
        _ => NumericType.NONE,
    };

    private static IReadOnlyList<IndexValue> Text(string suffix, string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [new TextValue(suffix, text)];

    private static IReadOnlyList<IndexValue> Date(FieldContext field) =>
        FieldValues.Date(field.Value) is { } date ? [new KeywordValue("", ContentDocumentBuilder.DateValue(date))] : [];
}
