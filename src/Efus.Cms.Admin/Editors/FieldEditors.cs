using Efus.Cms.Core.Fields;

namespace Efus.Cms.Admin.Editors;

/// <summary>The admin's visitor over field kinds: one editor per kind.</summary>
public sealed class FieldEditors : IFieldVisitor<IFieldEditor>
{
    public static FieldEditors Instance { get; } = new();

    public IFieldEditor VisitText(FieldContext field) => TextFieldEditor.Instance;

    public IFieldEditor VisitHtml(FieldContext field) => HtmlFieldEditor.Instance;

    public IFieldEditor VisitMarkdown(FieldContext field) => MarkdownFieldEditor.Instance;

    public IFieldEditor VisitNumeric(FieldContext field) => NumericFieldEditor.Instance;

    public IFieldEditor VisitBoolean(FieldContext field) => BooleanFieldEditor.Instance;

    public IFieldEditor VisitDate(FieldContext field) => DateFieldEditor.Date;

    public IFieldEditor VisitDateTime(FieldContext field) => DateFieldEditor.DateTime;

    public IFieldEditor VisitLink(FieldContext field) => LinkFieldEditor.Instance;

    public IFieldEditor VisitContentPicker(FieldContext field) => ContentPickerFieldEditor.Instance;

    public IFieldEditor VisitMedia(FieldContext field) => MediaFieldEditor.Instance;

    public IFieldEditor VisitTaxonomy(FieldContext field) => TaxonomyFieldEditor.Instance;

    public IFieldEditor VisitMultiText(FieldContext field) => MultiTextFieldEditor.Instance;

    public IFieldEditor VisitOther(FieldContext field) => UnsupportedFieldEditor.Instance;
}
