namespace Efus.Cms.Core.Search;

/// <summary>How many items match, the requested window of hits, and the facet counts.</summary>
public sealed record SiteSearchResult(int Total, IReadOnlyList<SiteSearchHit> Hits, SiteSearchFacets Facets)
{
    public static SiteSearchResult Empty { get; } = new(0, [], SiteSearchFacets.Empty);
}
