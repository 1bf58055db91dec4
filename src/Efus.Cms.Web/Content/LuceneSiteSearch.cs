using Efus.Cms.Search.Lucene.People;
using Efus.Cms.UrbanSecurity.Search;

namespace Efus.Cms.Web.Content;

/// <summary>The theme's search page on the French Lucene search: best hits first, with highlighted excerpts.</summary>
public sealed class LuceneSiteSearch(SearchService search) : ISiteSearch
{
    public async Task<SiteSearchResult> SearchAsync(string query, string culture, int skip, int take, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(take, 1, SearchRequest.MaxPageSize);
        var result = await search.SearchAsync(new SearchRequest
        {
            Query = query,
            Page = Math.Min(skip / pageSize + 1, SearchRequest.MaxPage),
            PageSize = pageSize,
        }, cancellationToken);
        return new([.. result.Hits.Select(h => new SiteSearchHit(h.ContentItemId, h.Highlights.Count == 0 ? null : string.Join(" … ", h.Highlights)))], result.Total);
    }
}
