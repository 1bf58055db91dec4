using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Search.Lucene.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>
/// Builds the search document of one content item with Orchard Core's field names (see
/// <see cref="IndexingConstants"/>), the fields whose <c>LuceneContentIndexSettings</c> say Included,
/// a full text made of the title, the body, every text and HTML field of the item and of its bag
/// items (the sessions of a conference report) and the text of its PDF attachments, and our facet
/// helpers. Stateless and thread-safe.
/// </summary>
public sealed class ContentDocumentBuilder(SearchFacetOptions? facets = null, int maxSnippetLength = ContentDocumentBuilder.DefaultSnippetLength)
{
    /// <summary>
    /// Characters of the full text stored for the snippets. The people search highlights the first
    /// <see cref="People.PeopleSearcher.MaxHighlightedChars"/>; what is stored beyond them only made every
    /// document bigger to write and every hit slower to load (it was 32,000).
    /// </summary>
    public const int DefaultSnippetLength = People.PeopleSearcher.MaxHighlightedChars + 1_000;

    private const int MaxBagDepth = 4;
    private const int MaxKeywordCopyLength = 256;
    private readonly SearchFacetOptions _facets = facets ?? new SearchFacetOptions();

    /// <summary>The PDF paths of the item's media fields and of its bag items' media fields, whose text the document needs.</summary>
    public IReadOnlyList<string> AttachmentPaths(ContentItem item, ContentDefinitions definitions)
    {
        var paths = new List<string>();
        foreach (var (_, field) in FieldsOfItemAndBags(item, definitions, 0))
        {
            if (field.Field.FieldName == FieldKinds.Media)
            {
                paths.AddRange(field.Accept(FieldIndexVisitor.Instance).OfType<AttachmentValue>().Select(a => a.Path).Where(IsPdf));
            }
        }

        return [.. paths.Distinct(StringComparer.Ordinal)];
    }

    public static bool IsPdf(string path) => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <param name="item">The version to index.</param>
    /// <param name="definitions">The content definitions (which fields are included, their kinds).</param>
    /// <param name="settings">The index's settings (StoreSourceData).</param>
    /// <param name="attachmentTexts">Text of the attachments listed by <see cref="AttachmentPaths"/>, by path; missing ones are skipped.</param>
    /// <param name="analyzer">
    /// The index analyzer: when given, the document's texts are analysed here, each distinct text once
    /// (a text field is indexed under two names and again inside the full text); without it, the index
    /// writer analyses each field.
    /// </param>
    public Document Build(ContentItem item, ContentDefinitions definitions, LuceneIndexSettings settings,
        IReadOnlyDictionary<string, string>? attachmentTexts = null, Analyzer? analyzer = null)
    {
        var document = new DocumentWriter(settings.StoreSourceData, analyzer);
        attachmentTexts ??= new Dictionary<string, string>();
        var fullText = new List<string>();

        AddCommon(document, item);
        var displayText = item.DisplayText ?? "";
        Append(fullText, displayText);

        var culture = item.Part(WellKnownParts.Localization)?["Culture"].AsString();
        var type = definitions.Type(item.ContentType);
        if (type is not null)
        {
            AddParts(document, item, type, fullText);
            AddFields(document, item, type, definitions, attachmentTexts, fullText);
        }
        else
        {
            // An item whose type is not defined (an Orchard recipe's leftovers) still has a title and a body.
            Append(fullText, HtmlText.ToPlainText(item.Part(WellKnownParts.HtmlBody)?["Html"].AsString()));
        }

        if (item.Part(WellKnownParts.Localization) is JsonObject localization)
        {
            var set = localization["LocalizationSet"].AsString();
            foreach (var key in PartKeys(item.ContentType, WellKnownParts.Localization))
            {
                document.Keyword(key + ".LocalizationSet", set, stored: true);
                document.Keyword(key + ".Culture", culture?.ToLowerInvariant(), stored: true);
            }
        }

        AddBags(item, definitions, attachmentTexts, fullText, 0);

        var text = string.Join(' ', fullText);
        document.JoinedText(IndexingConstants.FullText, fullText, stored: false, text);
        document.Own(new StoredField(IndexingConstants.Snippet, text.Length <= maxSnippetLength ? text : text[..maxSnippetLength]));
        if (AutoroutePath.Of(item) is { Length: > 0 } path)
        {
            document.Own(new StoredField(IndexingConstants.Path, path));
        }

        AddFacets(document, item, type, definitions);
        return document.Document;
    }

    private static void AddCommon(DocumentWriter document, ContentItem item)
    {
        document.Keyword(IndexingConstants.ContentItemId, item.ContentItemId, stored: true);
        document.Keyword(IndexingConstants.ContentItemVersionId, item.ContentItemVersionId, stored: true);
        document.Keyword(IndexingConstants.ContentType, item.ContentType, stored: true);
        document.Keyword(IndexingConstants.CreatedUtc, DateValue(item.CreatedUtc), stored: true);
        document.Keyword(IndexingConstants.ModifiedUtc, DateValue(item.ModifiedUtc), stored: true);
        document.Keyword(IndexingConstants.PublishedUtc, DateValue(item.PublishedUtc), stored: true);
        document.Keyword(IndexingConstants.Latest, item.Latest ? "true" : "false", stored: true);
        document.Keyword(IndexingConstants.Published, item.Published ? "true" : "false", stored: true);
        document.Keyword(IndexingConstants.Owner, item.Owner, stored: true);
        document.Keyword(IndexingConstants.Author, item.Author, stored: true);

        var displayText = item.DisplayText ?? "";
        document.Text(IndexingConstants.DisplayTextAnalyzed, displayText, stored: false);
        document.Keyword(IndexingConstants.DisplayTextKeyword, displayText, stored: true);
        document.Keyword(IndexingConstants.DisplayTextNormalized, Normalize(displayText), stored: true);
    }

    // HtmlBodyPart/MarkdownBodyPart are the body (BodyAspect), indexed under their own keys when Included.
    private static void AddParts(DocumentWriter document, ContentItem item, ContentTypeDefinition type, List<string> fullText)
    {
        var body = new List<string>();
        foreach (var typePart in type.Parts)
        {
            var text = typePart.PartName switch
            {
                WellKnownParts.HtmlBody => HtmlText.ToPlainText(item.Part(typePart.Name)?["Html"].AsString()),
                WellKnownParts.MarkdownBody => item.Part(typePart.Name)?["Markdown"].AsString(),
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            Append(body, text);
            var settings = FieldIndexSettings.From(typePart.Settings);
            if (settings.Included)
            {
                foreach (var key in PartKeys(type.Name, typePart.Name))
                {
                    document.Value(key, new TextValue("", text), settings);
                }
            }
        }

        if (body.Count > 0)
        {
            document.JoinedText(IndexingConstants.BodyAspectBody, body, stored: false);
            fullText.AddRange(body);
        }
    }

    private static void AddFields(DocumentWriter document, ContentItem item, ContentTypeDefinition type, ContentDefinitions definitions,
        IReadOnlyDictionary<string, string> attachmentTexts, List<string> fullText)
    {
        foreach (var field in FieldKinds.FieldsOf(item, type, definitions))
        {
            var values = field.Accept(FieldIndexVisitor.Instance);
            if (values.Count == 0)
            {
                continue;
            }

            AppendFullText(fullText, field, values, attachmentTexts);
            var settings = FieldIndexSettings.From(field.Field.Settings);
            if (!settings.Included)
            {
                continue;
            }

            foreach (var key in FieldKeys(type.Name, field.Part.Name, field.Field.Name))
            {
                foreach (var value in values)
                {
                    if (value is AttachmentValue attachment)
                    {
                        document.Keyword(key + ".Paths", attachment.Path, settings.Stored);
                        if (attachmentTexts.TryGetValue(attachment.Path, out var text))
                        {
                            document.Value(key, new TextValue(attachment.Suffix, text), settings with { Keyword = false });
                        }
                    }
                    else
                    {
                        document.Value(key, value, settings);
                    }
                }
            }
        }
    }

    private static void AppendFullText(List<string> fullText, FieldContext field, IReadOnlyList<IndexValue> values, IReadOnlyDictionary<string, string> attachmentTexts)
    {
        switch (field.Field.FieldName)
        {
            case FieldKinds.Text or FieldKinds.Html or FieldKinds.Markdown or FieldKinds.MultiText:
                foreach (var text in values.OfType<TextValue>())
                {
                    Append(fullText, text.Text);
                }

                break;
            case FieldKinds.Media:
                foreach (var attachment in values.OfType<AttachmentValue>())
                {
                    if (attachmentTexts.TryGetValue(attachment.Path, out var text))
                    {
                        Append(fullText, text);
                    }
                }

                break;
        }
    }

    // Bag items (the sessions of a conference report) are not documents of their own: their title,
    // body, text fields and attachments are part of the container's full text.
    private static void AddBags(ContentItem item, ContentDefinitions definitions, IReadOnlyDictionary<string, string> attachmentTexts, List<string> fullText, int depth)
    {
        foreach (var contained in BagItems(item, definitions, depth))
        {
            Append(fullText, contained.DisplayText);
            if (definitions.Type(contained.ContentType) is { } type)
            {
                AddParts(DocumentWriter.Discard, contained, type, fullText);
                foreach (var field in FieldKinds.FieldsOf(contained, type, definitions))
                {
                    AppendFullText(fullText, field, field.Accept(FieldIndexVisitor.Instance), attachmentTexts);
                }
            }

            AddBags(contained, definitions, attachmentTexts, fullText, depth + 1);
        }
    }

    private static IEnumerable<ContentItem> BagItems(ContentItem item, ContentDefinitions definitions, int depth)
    {
        if (depth >= MaxBagDepth || definitions.Type(item.ContentType) is not { } type)
        {
            yield break;
        }

        foreach (var typePart in type.Parts.Where(p => p.PartName == WellKnownParts.Bag))
        {
            if (item.Part(typePart.Name)?["ContentItems"] is not JsonArray contained)
            {
                continue;
            }

            foreach (var json in contained.OfType<JsonObject>())
            {
                ContentItem? child;
                try
                {
                    child = ContentItemJson.FromJson(json);
                }
                catch (ContentJsonException)
                {
                    child = null;
                }

                if (child is not null)
                {
                    yield return child;
                }
            }
        }
    }

    private static IEnumerable<(ContentItem Item, FieldContext Field)> FieldsOfItemAndBags(ContentItem item, ContentDefinitions definitions, int depth)
    {
        if (definitions.Type(item.ContentType) is { } type)
        {
            foreach (var field in FieldKinds.FieldsOf(item, type, definitions))
            {
                yield return (item, field);
            }
        }

        foreach (var contained in BagItems(item, definitions, depth))
        {
            foreach (var entry in FieldsOfItemAndBags(contained, definitions, depth + 1))
            {
                yield return entry;
            }
        }
    }

    private void AddFacets(DocumentWriter document, ContentItem item, ContentTypeDefinition? type, ContentDefinitions definitions)
    {
        document.Facet(SearchFacetOptions.Type, item.ContentType);
        if (type is null)
        {
            return;
        }

        long? start = null, end = null;
        foreach (var field in FieldKinds.FieldsOf(item, type, definitions))
        {
            var name = field.Field.Name;
            switch (field.Field.FieldName)
            {
                case FieldKinds.Taxonomy:
                    foreach (var term in field.Accept(FieldIndexVisitor.Instance).OfType<KeywordValue>())
                    {
                        document.Facet(SearchFacetOptions.Theme, term.Value);
                    }

                    break;
                case FieldKinds.Numeric when Year(field) is { } year:
                    if (name == _facets.YearField)
                    {
                        document.Facet(SearchFacetOptions.Year, year.ToString(CultureInfo.InvariantCulture));
                    }
                    else if (name == _facets.StartYearField)
                    {
                        start = year;
                    }
                    else if (name == _facets.EndYearField)
                    {
                        end = year;
                    }

                    break;
                case FieldKinds.Text when name == _facets.CountryField:
                    document.Facet(SearchFacetOptions.Country, FieldKinds.TextOf(field.Value, "Text")?.Trim());
                    break;
            }
        }

        if (start is not null || end is not null)
        {
            var first = start ?? end!.Value;
            var last = Math.Max(end ?? first, first);
            last = Math.Min(last, first + _facets.MaxYearSpan);
            for (var year = first; year <= last; year++)
            {
                document.Facet(SearchFacetOptions.Year, year.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static long? Year(FieldContext field) => (field.Value as JsonObject)?["Value"].AsDecimal() is { } value ? (long)Math.Round(value) : null;

    /// <summary>Orchard keys a field as <c>{Type}.{Field}</c> and <c>{Part}.{Field}</c> (one key when the part is named after the type).</summary>
    public static IReadOnlyList<string> FieldKeys(string contentType, string partName, string fieldName) =>
        contentType == partName ? [$"{contentType}.{fieldName}"] : [$"{contentType}.{fieldName}", $"{partName}.{fieldName}"];

    /// <summary>Orchard keys a part as <c>{Part}</c> and <c>{Type}.{Part}</c>.</summary>
    public static IReadOnlyList<string> PartKeys(string contentType, string partName) => [partName, $"{contentType}.{partName}"];

    /// <summary>Lower case without diacritics, as Orchard's <c>DisplayText.Normalized</c>.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lucene's DateTools string at second resolution (<c>yyyyMMddHHmmss</c>, UTC); "NULL" when there is no date.</summary>
    public static string DateValue(DateTime? value) => value is null
        ? IndexingConstants.NullValue
        : (value.Value.Kind == DateTimeKind.Local ? value.Value.ToUniversalTime() : value.Value).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private static void Append(List<string> text, string? segment)
    {
        if (!string.IsNullOrWhiteSpace(segment))
        {
            text.Add(segment);
        }
    }
}
