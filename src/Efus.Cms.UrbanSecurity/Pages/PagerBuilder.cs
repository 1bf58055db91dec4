using Efus.Cms.UrbanSecurity.ViewModels;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary>Reads <c>?page=</c> and builds the pager links; other query parameters (filters) stay in each link.</summary>
public static class PagerBuilder
{
    public static int CurrentPage(HttpRequest request) =>
        int.TryParse(request.Query["page"], out var page) && page is > 0 and < 100_000 ? page : 1;

    public static PagerView Build(HttpRequest request, int page, int pageSize, int total)
    {
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        string UrlOf(int number) => SiteUrls.WithQuery(request, "page", number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var first = Math.Max(1, page - 3);
        var last = Math.Min(pages, page + 3);
        var links = Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(n => new PageLink(n, UrlOf(n), n == page)).ToList();
        return new PagerView(page, pages, total, page > 1 ? UrlOf(Math.Min(page - 1, pages)) : null, page < pages ? UrlOf(page + 1) : null, links);
    }
}
