using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.People;

/// <summary>
/// One pass over the documents that match the words: keeps those that pass every facet filter (the
/// total and the top hits), and counts each dimension's values over the documents that pass the
/// filters of the other dimensions. Values come from each segment's decoded sorted-set doc values
/// (<see cref="SegmentFacetOrdinals"/>), are counted by ordinal per segment and named once per segment.
/// Every matching document is counted: the counts are exact however broad the query.
/// </summary>
internal sealed class FacetingCollector : ICollector
{
    private readonly string[] _fields;
    private readonly IReadOnlyList<string>[] _selected;
    private readonly TopScoreDocCollector _top;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SegmentFacetOrdinals?[] _values;
    private readonly bool[]?[] _selectedOrds;
    private readonly int[][] _segmentCounts;

    public FacetingCollector(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<string>> selected, int topHits)
    {
        _fields = [.. fields];
        _selected = [.. selected];
        _top = TopScoreDocCollector.Create(Math.Max(1, topHits), docsScoredInOrder: true);
        _counts = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _values = new SegmentFacetOrdinals?[fields.Count];
        _selectedOrds = new bool[]?[fields.Count];
        _segmentCounts = [.. fields.Select(_ => Array.Empty<int>())];
    }

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public TopDocs TopDocs(int start, int count) => _top.GetTopDocs(start, count);

    public IReadOnlyDictionary<string, int> Counts(int dimension)
    {
        FlushSegment();
        return _counts[dimension];
    }

    public void SetScorer(Scorer scorer) => _top.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _top.SetNextReader(context);
        for (var d = 0; d < _fields.Length; d++)
        {
            var values = SegmentFacetOrdinals.For(context.AtomicReader, _fields[d]);
            _values[d] = values;
            _segmentCounts[d] = values is null ? [] : new int[values.Names.Length];
            _selectedOrds[d] = null;
            if (_selected[d].Count > 0)
            {
                // A filtered dimension whose values the segment lacks lets none of its documents pass.
                var ords = new bool[values?.Names.Length ?? 0];
                foreach (var value in _selected[d])
                {
                    if (values?.Ordinal(value) is int ord and >= 0)
                    {
                        ords[ord] = true;
                    }
                }

                _selectedOrds[d] = ords;
            }
        }
    }

    public void Collect(int doc)
    {
        var failures = 0;
        var failed = -1;
        for (var d = 0; d < _fields.Length; d++)
        {
            if (_selectedOrds[d] is { } selected && !Passes(_values[d], selected, doc))
            {
                if (++failures > 1)
                {
                    return;
                }

                failed = d;
            }
        }

        if (failures == 0)
        {
            Total++;
            _top.Collect(doc);
            for (var d = 0; d < _fields.Length; d++)
            {
                Count(d, doc);
            }
        }
        else
        {
            // A dimension is counted over the documents that pass every other dimension's filter.
            Count(failed, doc);
        }
    }

    private static bool Passes(SegmentFacetOrdinals? values, bool[] selected, int doc)
    {
        if (values is null)
        {
            return false;
        }

        var ordinals = values.Ordinals;
        for (int i = values.Starts[doc], end = values.Starts[doc + 1]; i < end; i++)
        {
            if (selected[ordinals[i]])
            {
                return true;
            }
        }

        return false;
    }

    private void Count(int dimension, int doc)
    {
        if (_values[dimension] is not { } values)
        {
            return;
        }

        var counts = _segmentCounts[dimension];
        var ordinals = values.Ordinals;
        for (int i = values.Starts[doc], end = values.Starts[doc + 1]; i < end; i++)
        {
            counts[ordinals[i]]++;
        }
    }

    private void FlushSegment()
    {
        for (var d = 0; d < _fields.Length; d++)
        {
            var counts = _segmentCounts[d];
            if (_values[d] is not { } values)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                var name = values.Names[ord];
                _counts[d][name] = _counts[d].GetValueOrDefault(name) + counts[ord];
                counts[ord] = 0;
            }
        }
    }
}
