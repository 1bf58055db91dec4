namespace Efus.Cms.Core.Fields;

/// <summary>
/// One method per field kind. Validation, search indexing, GraphQL and the admin editors each
/// implement it; adding a field kind adds a method here and the compiler lists every place to update.
/// </summary>
public interface IFieldVisitor<out TResult>
{
    TResult VisitText(FieldContext field);

    TResult VisitHtml(FieldContext field);

    TResult VisitMarkdown(FieldContext field);

    TResult VisitNumeric(FieldContext field);

    TResult VisitBoolean(FieldContext field);

    TResult VisitDate(FieldContext field);

    TResult VisitDateTime(FieldContext field);

    TResult VisitLink(FieldContext field);

    TResult VisitContentPicker(FieldContext field);

    TResult VisitMedia(FieldContext field);

    TResult VisitTaxonomy(FieldContext field);

    TResult VisitMultiText(FieldContext field);

    /// <summary>A field kind Efus.Cms does not model (TimeField, UserPickerField…): kept as JSON, not interpreted.</summary>
    TResult VisitOther(FieldContext field);
}
