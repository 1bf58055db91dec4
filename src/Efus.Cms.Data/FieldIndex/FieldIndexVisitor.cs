using Efus.Cms.Core.Fields;
using Efus.Cms.Data.Records;

namespace Efus.Cms.Data.FieldIndex;

/// <summary>
/// What the field index keeps of each field kind: text, numbers, booleans and dates as values, and
/// one row per referenced id for content pickers and taxonomies. Rich text, links and media are
/// left to the search index.
/// </summary>
public sealed class FieldIndexVisitor : IFieldVisitor<IEnumerable<FieldIndexValue>>
{
    public static FieldIndexVisitor Instance { get; } = new();

    public IEnumerable<FieldIndexValue> VisitText(FieldContext field) =>
        FieldKinds.TextOf(field.Value, "Text") is { } text
            ? [new(Text: TextNormalizer.Truncate(text, ContentFieldIndexRecord.MaxTextLength))]
            : [];

    public IEnumerable<FieldIndexValue> VisitNumeric(FieldContext field) =>
        FieldValues.Number(field.Value) is { } number ? [new(Numeric: number)] : [];

    public IEnumerable<FieldIndexValue> VisitBoolean(FieldContext field) =>
        FieldValues.Flag(field.Value) is { } flag ? [new(Boolean: flag)] : [];

    public IEnumerable<FieldIndexValue> VisitDate(FieldContext field) => Date(field);

    public IEnumerable<FieldIndexValue> VisitDateTime(FieldContext field) => Date(field);

    public IEnumerable<FieldIndexValue> VisitContentPicker(FieldContext field) => Ids(field, "ContentItemIds");

    public IEnumerable<FieldIndexValue> VisitTaxonomy(FieldContext field) => Ids(field, "TermContentItemIds");

    public IEnumerable<FieldIndexValue> VisitHtml(FieldContext field) => [];

    public IEnumerable<FieldIndexValue> VisitMarkdown(FieldContext field) => [];

    public IEnumerable<FieldIndexValue> VisitLink(FieldContext field) => [];

    public IEnumerable<FieldIndexValue> VisitMedia(FieldContext field) => [];

    public IEnumerable<FieldIndexValue> VisitMultiText(FieldContext field) => [];

    public IEnumerable<FieldIndexValue> VisitOther(FieldContext field) => [];

    private static IEnumerable<FieldIndexValue> Ids(FieldContext field, string property) =>
        FieldValues.Strings(field.Value, property)
            .Distinct(StringComparer.Ordinal)
            .Select(id => new FieldIndexValue(Text: TextNormalizer.Truncate(id, ContentFieldIndexRecord.MaxTextLength)));

    private static IEnumerable<FieldIndexValue> Date(FieldContext field) =>
        FieldValues.Date(field.Value) is { } date ? [new(Date: date)] : [];
}
