using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.People;

/// <summary>
/// One pass over the documents that match the words: keeps those that pass every facet filter (the
/// total and the top hits), and counts each dimension's values over the documents that pass the
/// filters of the other dimensions. Values are read from sorted-set doc values, counted by ordinal
/// per segment and named once per segment.
/// </summary>
internal sealed class FacetingCollector : ICollector
{
    private readonly string[] _fields;
    private readonly IReadOnlyList<string>[] _selected;
    private readonly TopScoreDocCollector _top;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SortedSetDocValues?[] _values;
    private readonly FixedBitSet?[] _selectedOrds;
    private readonly int[][] _segmentCounts;
    private readonly List<long>[] _docOrds;
    private readonly bool[] _passes;

    public FacetingCollector(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<string>> selected, int topHits)
    {
        _fields = [.. fields];
        _selected = [.. selected];
        _top = TopScoreDocCollector.Create(Math.Max(1, topHits), docsScoredInOrder: true);
        _counts = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _values = new SortedSetDocValues?[fields.Count];
        _selectedOrds = new FixedBitSet?[fields.Count];
        _segmentCounts = new int[fields.Count][];
        _docOrds = [.. fields.Select(_ => new List<long>(4))];
        _passes = new bool[fields.Count];
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
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[d]);
            _values[d] = values;
            _segmentCounts[d] = values is null ? [] : new int[values.ValueCount];
            _selectedOrds[d] = null;
            if (_selected[d].Count > 0 && values is not null)
            {
                var ords = new FixedBitSet((int)values.ValueCount);
                foreach (var value in _selected[d])
                {
                    var ord = values.LookupTerm(new BytesRef(value));
                    if (ord >= 0)
                    {
                        ords.Set((int)ord);
                    }
                }

                _selectedOrds[d] = ords;
            }
        }
    }

    public void Collect(int doc)
    {
        var failures = 0;
        for (var d = 0; d < _fields.Length; d++)
        {
            var ords = _docOrds[d];
            ords.Clear();
            var values = _values[d];
            if (values is not null)
            {
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ords.Add(ord);
                }
            }

            var passes = _selected[d].Count == 0 || (_selectedOrds[d] is { } selected && ords.Exists(o => selected.Get((int)o)));
            _passes[d] = passes;
            if (!passes)
            {
                failures++;
            }
        }

        if (failures == 0)
        {
            Total++;
            _top.Collect(doc);
        }

        if (failures > 1)
        {
            return;
        }

        for (var d = 0; d < _fields.Length; d++)
        {
            // A dimension is counted over the documents that pass every other dimension's filter.
            if (failures == 0 || !_passes[d])
            {
                var counts = _segmentCounts[d];
                foreach (var ord in _docOrds[d])
                {
                    counts[ord]++;
                }
            }
        }
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var d = 0; d < _fields.Length; d++)
        {
            var counts = _segmentCounts[d];
            var values = _values[d];
            if (counts is null || values is null)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, term);
                var name = term.Utf8ToString();
                _counts[d][name] = _counts[d].GetValueOrDefault(name) + counts[ord];
                counts[ord] = 0;
            }
        }
    }
}
