using System.Security.Claims;
using Efus.Cms.Core.Search;
using Efus.Cms.Search.Lucene.People;

namespace Efus.Cms.Web.Content;

/// <summary>
/// The site search on the French Lucene search: best hits first, facets, highlighted excerpts.
/// Lucene pages by page number; a window that straddles two pages reads both (one search call) and keeps the slice.
/// </summary>
public sealed class LuceneSiteSearch(SearchService search) : ISiteSearch
{
    public async Task<SiteSearchResult> SearchAsync(SiteSearchRequest request, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }

        var aligned = request.Skip % request.Take == 0 && request.Skip / request.Take < SearchRequest.MaxPage;
        var pageSize = aligned ? request.Take : SearchRequest.MaxPageSize;
        var firstPage = request.Skip / pageSize + 1;
        var lastPage = (request.Skip + request.Take - 1) / pageSize + 1;

        // Both pages in one call: the caller's rights and the index are worked out once.
        var results = await search.SearchPagesAsync(Page(request, firstPage, pageSize), lastPage == firstPage ? [firstPage] : [firstPage, lastPage], caller, cancellationToken);
        var first = results[0];
        var hits = results.SelectMany(r => r.Hits).ToList();

        var window = hits.Skip(request.Skip - (firstPage - 1) * pageSize).Take(request.Take);
        return new SiteSearchResult(
            first.Total,
            [.. window.Select(h => new SiteSearchHit(h.ContentItemId, h.Score, h.Highlights))],
            new SiteSearchFacets(Facet(first.Facets.Type), Facet(first.Facets.Theme), Facet(first.Facets.Year), Facet(first.Facets.Country)));
    }

    private static SearchRequest Page(SiteSearchRequest request, int page, int pageSize) => new()
    {
        Query = request.Query,
        Types = request.Types,
        Themes = request.Themes,
        Years = request.Years,
        Countries = request.Countries,
        Page = page,
        PageSize = pageSize,
    };

    private static List<SiteSearchFacetValue> Facet(IReadOnlyList<FacetValue> values) =>
        [.. values.Select(v => new SiteSearchFacetValue(v.Value, v.Label, v.Count))];
}
