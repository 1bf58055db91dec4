using Efus.Cms.Core.Search;
using Efus.Cms.Theming;
using Efus.Cms.UrbanSecurity;
using Efus.Cms.Web.Hosting;

namespace Efus.Cms.Web.Content;

public static class PublicSiteServiceCollectionExtensions
{
    /// <summary>
    /// The Efus theme, with template overrides read from <c>{data folder}/Themes/{theme}/</c>, and the
    /// one registration of the site search port (Lucene), used by the theme's search page and GraphQL.
    /// </summary>
    public static IServiceCollection AddEfusPublicSite(this IServiceCollection services)
    {
        services.AddEfusUrbanSecurity();
        services.AddScoped<ISiteSearch, LuceneSiteSearch>();
        services.AddScoped<Efus.Cms.Core.Rendering.IContentPreviewRenderer, Efus.Cms.UrbanSecurity.Pages.ThemePreviewRenderer>();
        services.AddOptions<ThemingOptions>().Configure<DataFolder>((options, folder) => options.ThemesFolder = folder.Combine("Themes"));
        return services;
    }
}
