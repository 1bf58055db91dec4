using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Search.Lucene.People;

/// <summary>
/// The index the site's search runs on: <c>LuceneSettings.SearchIndex</c> of the Site document, "Search" by default;
/// kept per node by <see cref="DocumentCache{T}"/>.
/// </summary>
public sealed record SiteSearchIndex(string Name) : IParsedDocument<SiteSearchIndex>
{
    public const string DefaultName = "Search";

    public static string DocumentName => DocumentNames.Site;

    public static SiteSearchIndex Parse(JsonObject? document) =>
        new((document?["Properties"] as JsonObject)?["LuceneSettings"]?["SearchIndex"].AsString() ?? DefaultName);
}
