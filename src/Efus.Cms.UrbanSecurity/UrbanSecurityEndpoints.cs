using Efus.Cms.UrbanSecurity.Assets;
using Efus.Cms.UrbanSecurity.Caching;
using Efus.Cms.UrbanSecurity.Pages;
using Efus.Cms.UrbanSecurity.Seo;
using Efus.Cms.UrbanSecurity.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;

namespace Efus.Cms.UrbanSecurity;

public static class UrbanSecurityEndpoints
{
    /// <summary>
    /// Compression and the output cache for the public site. The admin and the APIs are left out of
    /// compression: their responses carry tokens (BREACH).
    /// </summary>
    public static IApplicationBuilder UseEfusUrbanSecurity(this IApplicationBuilder app)
    {
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin") && !context.Request.Path.StartsWithSegments("/api"),
            branch => branch.UseResponseCompression());
        app.UseOutputCache();
        return app;
    }

    /// <summary>The public pages; the catch-all item route is the last resort of routing.</summary>
    public static IEndpointRouteBuilder MapEfusUrbanSecurity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapEfusThemeAssets();
        endpoints.MapEfusSeo();
        var pages = endpoints.MapGroup("").CacheOutput(PublicPageCachePolicy.Name);
        pages.MapGet("/", HomePage.HandleAsync);
        foreach (var type in PublicTypes.All)
        {
            pages.MapGet(type.Url, (ThemePageRenderer renderer, PublicContent content, HttpContext http, CancellationToken cancellationToken) =>
                ListingPage.HandleAsync(type, renderer, content, http, cancellationToken));
        }

        pages.MapGet("/themes", ThemePages.IndexAsync);
        pages.MapGet("/themes/{slug}", ThemePages.ThemeAsync);
        pages.MapGet("/{**path}", DetailPage.HandleAsync).WithOrder(int.MaxValue);

        // Search results are not cached: every query would be a new entry.
        endpoints.MapGet("/search", SearchPage.HandleAsync);
        return endpoints;
    }
}
