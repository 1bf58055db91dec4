using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>The "LuceneIndexSettings" document as its index definitions; kept per node by <see cref="DocumentCache{T}"/>.</summary>
public sealed record LuceneIndexDefinitions(IReadOnlyList<LuceneIndexSettings> All) : IParsedDocument<LuceneIndexDefinitions>
{
    public static string DocumentName => DocumentNames.LuceneIndexSettings;

    public static LuceneIndexDefinitions Parse(JsonObject? document) => new(LuceneIndexSettings.AllFrom(document));
}
