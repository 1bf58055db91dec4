using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Efus.Cms.Search.Lucene.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.People;

/// <summary>
/// The stored fields a hit shows (id, type, title, path, snippet), kept per segment once read. Reading
/// them decompresses the document's block of stored fields (LZ4) and decodes a snippet of up to 4,000
/// characters: a third of a broad search's server time, paid again for the same best hits by every
/// visitor who searches the same words. A segment's stored fields never change, so the copy is always
/// right; it lives as long as the segment's core, at most <see cref="MaxPerSegment"/> documents per
/// segment (the set starts over when full).
/// </summary>
internal static class StoredHitCache
{
    public const int MaxPerSegment = 256;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<int, StoredHit>> _segments = [];

    private static readonly HashSet<string> _fields =
    [
        IndexingConstants.ContentItemId, IndexingConstants.ContentType, IndexingConstants.DisplayTextKeyword,
        IndexingConstants.Path, IndexingConstants.Snippet,
    ];

    public static StoredHit Load(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var reader = leaf.AtomicReader;
        var local = doc - leaf.DocBase;
        var hits = _segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<int, StoredHit>());
        if (hits.TryGetValue(local, out var cached))
        {
            return cached;
        }

        var document = reader.Document(local, _fields);
        var hit = new StoredHit(
            document.Get(IndexingConstants.ContentItemId) ?? "",
            document.Get(IndexingConstants.ContentType) ?? "",
            document.Get(IndexingConstants.DisplayTextKeyword) ?? "",
            document.Get(IndexingConstants.Path),
            document.Get(IndexingConstants.Snippet) ?? "");
        if (hits.Count >= MaxPerSegment)
        {
            hits.Clear();
        }

        hits[local] = hit;
        return hit;
    }

    public sealed record StoredHit(string ContentItemId, string ContentType, string DisplayText, string? Path, string Snippet);
}
