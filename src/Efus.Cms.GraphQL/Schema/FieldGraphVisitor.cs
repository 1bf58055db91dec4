using Efus.Cms.Core.Fields;
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
        new(types.Decimal, v => FieldValues.Number(v), new(FieldValueKind.Numeric, OperatorSet.Comparable, types.Decimal));

    public FieldGraph? VisitBoolean(FieldContext field) =>
        new(types.Boolean, v => FieldValues.Flag(v), new(FieldValueKind.Boolean, OperatorSet.Equality, types.Boolean));

    public FieldGraph? VisitDate(FieldContext field) =>
        new(types.Date, v => FieldValues.Date(v)?.Date, new(FieldValueKind.Date, OperatorSet.Comparable, types.Date));

    public FieldGraph? VisitDateTime(FieldContext field) =>
        new(types.DateTime, v => FieldValues.Date(v), new(FieldValueKind.Date, OperatorSet.Comparable, types.DateTime));

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
}
