namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>
/// Field names of a content item's search document. The first group is Orchard Core's
/// (<c>IndexingConstants</c>), so Orchard queries work unchanged; the <c>Efus.</c> fields are our own
/// helpers for the people search (snippets, paths, facets) and are left out of <c>/api/lucene/documents</c>.
/// </summary>
public static class IndexingConstants
{
    public const string ContentItemId = "ContentItemId";
    public const string ContentItemVersionId = "ContentItemVersionId";
    public const string ContentType = "Content.ContentItem.ContentType";
    public const string CreatedUtc = "Content.ContentItem.CreatedUtc";
    public const string ModifiedUtc = "Content.ContentItem.ModifiedUtc";
    public const string PublishedUtc = "Content.ContentItem.PublishedUtc";
    public const string Published = "Content.ContentItem.Published";
    public const string Latest = "Content.ContentItem.Latest";
    public const string Owner = "Content.ContentItem.Owner";
    public const string Author = "Content.ContentItem.Author";
    public const string DisplayTextAnalyzed = "Content.ContentItem.DisplayText.Analyzed";
    public const string DisplayTextKeyword = "Content.ContentItem.DisplayText.keyword";
    public const string DisplayTextNormalized = "Content.ContentItem.DisplayText.Normalized";
    public const string BodyAspectBody = "Content.BodyAspect.Body";
    public const string FullText = "Content.ContentItem.FullText";
    public const string LocalizationCulture = "LocalizationPart.Culture";
    public const string LocalizationSet = "LocalizationPart.LocalizationSet";

    /// <summary>Orchard writes <c>"NULL"</c> for a missing date.</summary>
    public const string NullValue = "NULL";

    /// <summary>Suffix of the un-stored keyword copy of a short analyzed text (Elasticsearch compatibility).</summary>
    public const string KeywordSuffix = ".keyword";

    /// <summary>Prefix of the stored copy of every value when the index has StoreSourceData.</summary>
    public const string SourcePrefix = "_source.";

    /// <summary>Prefix of our own helper fields.</summary>
    public const string EfusPrefix = "Efus.";

    /// <summary>The item's Autoroute path (stored).</summary>
    public const string Path = "Efus.Path";

    /// <summary>The full text as written (stored, bounded), for highlighting.</summary>
    public const string Snippet = "Efus.Snippet";

    /// <summary>Facet field of a dimension (indexed keyword + sorted-set doc values): <c>Efus.Facet.theme</c>.</summary>
    public static string Facet(string dimension) => $"Efus.Facet.{dimension}";
}
