using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Core.Fields;

/// <summary>The field kinds Efus.Cms understands, by Orchard's technical name, and the visitor dispatch.</summary>
public static class FieldKinds
{
    public const string Text = "TextField";
    public const string Html = "HtmlField";
    public const string Markdown = "MarkdownField";
    public const string Numeric = "NumericField";
    public const string Boolean = "BooleanField";
    public const string Date = "DateField";
    public const string DateTime = "DateTimeField";
    public const string Link = "LinkField";
    public const string ContentPicker = "ContentPickerField";
    public const string Media = "MediaField";
    public const string Taxonomy = "TaxonomyField";
    public const string MultiText = "MultiTextField";

    public static IReadOnlyList<string> All { get; } =
        [Text, Html, Markdown, Numeric, Boolean, Date, DateTime, Link, ContentPicker, Media, Taxonomy, MultiText];

    public static TResult Accept<TResult>(this FieldContext field, IFieldVisitor<TResult> visitor) => field.Field.FieldName switch
    {
        Text => visitor.VisitText(field),
        Html => visitor.VisitHtml(field),
        Markdown => visitor.VisitMarkdown(field),
        Numeric => visitor.VisitNumeric(field),
        Boolean => visitor.VisitBoolean(field),
        Date => visitor.VisitDate(field),
        DateTime => visitor.VisitDateTime(field),
        Link => visitor.VisitLink(field),
        ContentPicker => visitor.VisitContentPicker(field),
        Media => visitor.VisitMedia(field),
        Taxonomy => visitor.VisitTaxonomy(field),
        MultiText => visitor.VisitMultiText(field),
        _ => visitor.VisitOther(field),
    };

    /// <summary>Every field of every part of the item's type, with the item's values.</summary>
    public static IEnumerable<FieldContext> FieldsOf(ContentItem item, ContentTypeDefinition type, ContentDefinitions definitions)
    {
        foreach (var typePart in type.Parts)
        {
            var partJson = item.Part(typePart.Name);
            foreach (var field in definitions.FieldsOf(typePart))
            {
                yield return new FieldContext(type, typePart, field, partJson?[field.Name]);
            }
        }
    }

    public static string? TextOf(JsonNode? value, string property) =>
        value is JsonObject o && o[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
