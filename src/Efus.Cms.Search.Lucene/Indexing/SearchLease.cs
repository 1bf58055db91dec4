using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>A searcher borrowed from an index; dispose it to give it back (the index cannot be swapped out while it is held).</summary>
public sealed class SearchLease : IDisposable
{
    private readonly LuceneIndex _index;
    private int _released;

    internal SearchLease(LuceneIndex index, IndexSearcher searcher)
    {
        _index = index;
        Searcher = searcher;
    }

    public IndexSearcher Searcher { get; }

    public Analyzer Analyzer => _index.Analyzer;

    public LuceneIndexSettings Settings => _index.Settings;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _index.Release(Searcher);
        }
    }
}
