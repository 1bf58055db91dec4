namespace Efus.Cms.Search.Lucene.People;

/// <summary>
/// One page of hits, the total, the facet counts (each dimension counted with the filters of the
/// other dimensions, so a visitor sees what choosing another value would give), and, when the words
/// together matched nothing, which looser search answered instead.
/// </summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets, SearchFallback? Fallback)
{
    public static SearchResult Empty { get; } = new(0, [], new SearchFacets([], [], [], []), null);
}

public sealed record SearchHit(string ContentItemId, string ContentType, string DisplayText, string? Path, float Score, IReadOnlyList<string> Highlights);

public sealed record SearchFacets(IReadOnlyList<FacetValue> Type, IReadOnlyList<FacetValue> Theme, IReadOnlyList<FacetValue> Year, IReadOnlyList<FacetValue> Country);

public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>
/// <see cref="Kind"/>: <c>spelling</c> (words found nowhere replaced by close indexed words),
/// <c>without-term</c> (the rarest word left out: <see cref="Dropped"/>), or <c>any-word</c> (any of the words).
/// </summary>
public sealed record SearchFallback(string Kind, string Message, string? Dropped = null, IReadOnlyList<string>? Suggestions = null);
