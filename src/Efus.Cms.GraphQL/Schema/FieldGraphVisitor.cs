using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.GraphQL.Schema;

/// <summary>
/// The GraphQL shape of each field kind (Orchard's): scalars for text, numbers, booleans and dates,
/// object types for rich values. Filterable kinds are those the store's field index keeps.
/// </summary>
internal sealed class FieldGraphVisitor(GraphTypes types) : IFieldVisitor<FieldGraph?>
{
    public FieldGraph? VisitText(FieldContext field) =>
        new(types.String, v => GraphTypes.Text(v, "Text"), new(FieldValueKind.Text, OperatorSet.String, types.String));

    public FieldGraph? VisitNumeric(FieldContext field) =>
        new(types.Decimal, v => ReadDecimal(Value(v)), new(FieldValueKind.Numeric, OperatorSet.Comparable, types.Decimal));

    public FieldGraph? VisitBoolean(FieldContext field) =>
        new(types.Boolean, v => Value(v).AsBool(), new(FieldValueKind.Boolean, OperatorSet.Equality, types.Boolean));

    public FieldGraph? VisitDate(FieldContext field) =>
        new(types.Date, v => ReadDate(Value(v))?.Date, new(FieldValueKind.Date, OperatorSet.Comparable, types.Date));

    public FieldGraph? VisitDateTime(FieldContext field) =>
        new(types.DateTime, v => ReadDate(Value(v)), new(FieldValueKind.Date, OperatorSet.Comparable, types.DateTime));

    public FieldGraph? VisitMultiText(FieldContext field) => new(types.StringList, v => GraphTypes.Strings(v, "Values"), null);

    public FieldGraph? VisitHtml(FieldContext field) => new(types.HtmlField, v => v, null);

    public FieldGraph? VisitMarkdown(FieldContext field) => new(types.MarkdownField, v => v, null);

    public FieldGraph? VisitLink(FieldContext field) => new(types.LinkField, v => v, null);

    public FieldGraph? VisitMedia(FieldContext field) => new(types.MediaField, v => v, null);

    public FieldGraph? VisitContentPicker(FieldContext field) =>
        new(types.ContentPickerField, v => v, new(FieldValueKind.Text, OperatorSet.Id, types.String, types.ReferenceWhere));

    public FieldGraph? VisitTaxonomy(FieldContext field) =>
        new(types.TaxonomyField, v => v, new(FieldValueKind.Text, OperatorSet.Id, types.String, types.TaxonomyWhere));

    /// <summary>Kinds Efus.Cms does not model (TimeField, UserPickerField…) stay out of the schema.</summary>
    public FieldGraph? VisitOther(FieldContext field) => null;

    private static JsonNode? Value(JsonNode? field) => (field as JsonObject)?["Value"];

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
