using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
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
        ReadDecimal(ValueOf(field)) is { } number ? [new(Numeric: number)] : [];

    public IEnumerable<FieldIndexValue> VisitBoolean(FieldContext field) =>
        ValueOf(field).AsBool() is { } flag ? [new(Boolean: flag)] : [];

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

    private static JsonNode? ValueOf(FieldContext field) => (field.Value as JsonObject)?["Value"];

    private static IEnumerable<FieldIndexValue> Ids(FieldContext field, string property) =>
        (field.Value as JsonObject)?[property].AsStrings()
            .Where(id => !string.IsNullOrEmpty(id))
            .Distinct(StringComparer.Ordinal)
            .Select(id => new FieldIndexValue(Text: TextNormalizer.Truncate(id, ContentFieldIndexRecord.MaxTextLength)))
        ?? [];

    private static IEnumerable<FieldIndexValue> Date(FieldContext field) =>
        ReadDate(ValueOf(field)) is { } date ? [new(Date: date)] : [];

    // Reads the number from its JSON text: works whatever CLR value backs the node, and a number
    // out of decimal's range is skipped instead of failing the save.
    private static decimal? ReadDecimal(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s)
            && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static DateTime? ReadDate(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<DateTime>(out var date))
        {
            return date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        return value.TryGetValue<string>(out var text)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                ? DateTime.SpecifyKind(parsed, DateTimeKind.Utc)
                : null;
    }
}
