namespace Efus.Cms.Core.Search;

/// <summary>Counts per dimension; each dimension is counted with the filters of the other dimensions.</summary>
public sealed record SiteSearchFacets(
    IReadOnlyList<SiteSearchFacetValue> Types,
    IReadOnlyList<SiteSearchFacetValue> Themes,
    IReadOnlyList<SiteSearchFacetValue> Years,
    IReadOnlyList<SiteSearchFacetValue> Countries)
{
    public static SiteSearchFacets Empty { get; } = new([], [], [], []);
}
