using Efus.Cms.Core.Management;
using Efus.Cms.Core.Search;
using Efus.Cms.Core.Storage;
using Efus.Cms.Theming.ViewModels;
using Efus.Cms.UrbanSecurity.ViewModels;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary><c>/search?q=</c>: the search form and the results of <see cref="ISiteSearch"/>, published items only.</summary>
public static class SearchPage
{
    public const int MaxQueryLength = 200;

    public static async Task<IResult> HandleAsync(ThemePageRenderer renderer, ISiteSearch search, IContentManager contentManager, ISearchLog searchLog, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = await renderer.SettingsAsync(cancellationToken);
        var culture = await renderer.CultureAsync(cancellationToken);
        var query = http.Request.Query["q"].ToString().Trim();
        query = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        var page = PagerBuilder.CurrentPage(http.Request);
        List<SearchHitView> hits = [];
        var total = 0;
        if (query.Length > 0)
        {
            var result = await search.SearchAsync(new SiteSearchRequest
            {
                Query = query,
                Culture = culture.Name,
                Skip = Math.Min((page - 1) * settings.PageSize, SiteSearchRequest.MaxSkip),
                Take = Math.Min(settings.PageSize, SiteSearchRequest.MaxTake),
            }, http.User, cancellationToken);
            total = result.Total;
            if (page == 1)
            {
                // Counted once per search, not once per page of its results.
                searchLog.Record(query, total);
            }

            var ids = result.Hits.Select(h => h.ContentItemId).Distinct().ToList();
            var items = ids.Count == 0 ? [] : (await contentManager.QueryAsync(new ContentQuery
            {
                Filter = new ContentFilter.Column(ContentColumn.ContentItemId, FilterOperator.In, ids),
                Take = ids.Count,
                IncludeTotal = false,
            }, cancellationToken)).Items.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
            var views = (await renderer.ViewsAsync([.. result.Hits.Select(h => items.GetValueOrDefault(h.ContentItemId)).OfType<Core.Content.ContentItem>()], culture, cancellationToken))
                .ToDictionary(v => v.Id, StringComparer.Ordinal);
            foreach (var hit in result.Hits)
            {
                if (views.TryGetValue(hit.ContentItemId, out var found) && found.Url is not null)
                {
                    var excerpt = hit.Highlights.Count > 0 ? string.Join(" … ", hit.Highlights) : Theming.Rendering.LiquidRenderer.Encoder.Encode(
                        PlainText.Truncate(found.Fields.GetValueOrDefault("Summary")?.Text ?? PlainText.FromHtml(found.BodyHtml), 240) ?? "");
                    hits.Add(new(found.Title, found.Url, renderer.T(found.TypeLabel, culture), excerpt.Length == 0 ? null : excerpt, found.Lang));
                }
            }
        }

        var title = query.Length == 0 ? renderer.T("Recherche", culture) : renderer.T("Recherche : {0}", culture, query);
        var meta = renderer.Meta(http.Request, culture, title, null, "/search", "/search", settings) with { NoIndex = query.Length > 0, Alternates = [] };
        var view = new SearchView(query.Length == 0 ? null : query, hits, PagerBuilder.Build(http.Request, page, settings.PageSize, total));
        return await renderer.PageAsync(renderer.Resolve("Search"), new() { ["search"] = view }, meta, [], cancellationToken);
    }
}
