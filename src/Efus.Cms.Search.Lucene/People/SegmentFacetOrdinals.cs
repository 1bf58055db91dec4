using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.People;

/// <summary>
/// One segment's values of one facet field, decoded once from its sorted-set doc values into plain
/// arrays: the ordinals of document <c>d</c> are <c>Ordinals[Starts[d]..Starts[d + 1]]</c> and the
/// value of ordinal <c>o</c> is <c>Names[o]</c>. A segment never changes (deletions only hide
/// documents, which the scorer never hands to a collector), so the arrays are kept as long as the
/// segment's core is alive and shared by every search and every thread. Decoding the doc values
/// for each matching document of each query cost more than the whole rest of the facet counting.
/// </summary>
internal sealed class SegmentFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentFacetOrdinals>> _segments = [];

    private readonly Dictionary<string, int> _ordinalsByName;

    private SegmentFacetOrdinals(int[] starts, int[] ordinals, string[] names)
    {
        Starts = starts;
        Ordinals = ordinals;
        Names = names;
        _ordinalsByName = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var ord = 0; ord < names.Length; ord++)
        {
            _ordinalsByName[names[ord]] = ord;
        }
    }

    public int[] Starts { get; }

    public int[] Ordinals { get; }

    public string[] Names { get; }

    /// <summary>The segment's values of <paramref name="field"/>, or null when no document of the segment has one.</summary>
    public static SegmentFacetOrdinals? For(AtomicReader reader, string field)
    {
        var fields = _segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentFacetOrdinals>(StringComparer.Ordinal));
        if (fields.TryGetValue(field, out var cached))
        {
            return cached;
        }

        // Two threads may decode the same segment at once: both results are equal, one is kept.
        var values = reader.GetSortedSetDocValues(field);
        return values is null ? null : fields.GetOrAdd(field, Decode(values, reader.MaxDoc));
    }

    /// <summary>The ordinal of a value in this segment, or -1.</summary>
    public int Ordinal(string name) => _ordinalsByName.GetValueOrDefault(name, -1);

    private static SegmentFacetOrdinals Decode(SortedSetDocValues values, int maxDoc)
    {
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }
        }

        starts[maxDoc] = ordinals.Count;
        var names = new string[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, term);
            names[ord] = term.Utf8ToString();
        }

        return new SegmentFacetOrdinals(starts, [.. ordinals], names);
    }
}
