using System.Security.Claims;

namespace Efus.Cms.Core.Search;

/// <summary>
/// Port: full-text search over the published site, for the theme's search page and GraphQL's
/// <c>search</c> field. The host fills it with the search engine and registers it once.
/// </summary>
public interface ISiteSearch
{
    /// <summary>
    /// Published items matching the request that <paramref name="caller"/> may view, best first, with
    /// facet counts and highlighted excerpts (neither counts an item the caller may not view).
    /// </summary>
    /// <exception cref="ArgumentException">The request is invalid (<see cref="SiteSearchRequest.Problem"/>).</exception>
    Task<SiteSearchResult> SearchAsync(SiteSearchRequest request, ClaimsPrincipal caller, CancellationToken cancellationToken);
}
