using Microsoft.AspNetCore.Builder;
using Efus.Cms.Core.Events;
using Efus.Cms.Core.Search;
using Efus.Cms.Core.Storage;
using Efus.Cms.Theming;
using Efus.Cms.UrbanSecurity.Assets;
using Efus.Cms.UrbanSecurity.Caching;
using Efus.Cms.UrbanSecurity.Pages;
using Efus.Cms.UrbanSecurity.Site;
using Efus.Cms.UrbanSecurity.ViewModels;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace Efus.Cms.UrbanSecurity;

public static class UrbanSecurityServiceCollectionExtensions
{
    /// <summary>
    /// The Efus public site: its templates, strings and view models for the Liquid renderer, its pages,
    /// the output cache (evicted by content events here and by the task log for changes made on other nodes) and response compression. The host sets
    /// <see cref="ThemingOptions.ThemesFolder"/> and registers Core's <see cref="ISiteSearch"/> (the search page's engine).
    /// </summary>
    public static IServiceCollection AddEfusUrbanSecurity(this IServiceCollection services)
    {
        var assembly = typeof(UrbanSecurityServiceCollectionExtensions).Assembly;
        services.AddEfusTheming(options =>
        {
            options.ThemeName = "Efus.Cms.UrbanSecurity";
            options.ModuleTemplates.Add(new EmbeddedFileProvider(assembly, "Efus.Cms.UrbanSecurity.Templates"));
            options.ModuleStrings.Add(new EmbeddedFileProvider(assembly, "Efus.Cms.UrbanSecurity.Localization"));
            foreach (var type in ViewModelTypes)
            {
                options.ViewModelTypes.Add(type);
            }
        });
        services.AddHttpContextAccessor();
        services.AddSingleton<ThemeAssets>();
        services.AddScoped<SiteContext>();
        services.AddScoped<PublicContent>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ContentGeneration>();
        services.AddSingleton<LocalEvictions>();
        services.AddSingleton<FieldChoicesCache>();
        services.AddSingleton<TranslationLinksCache>();
        services.AddSingleton<ListingTotalsCache>();
        services.AddSingleton<ThemeTermsCache>();
        services.AddSingleton<LatestItemsCache>();
        services.AddScoped<ThemePageRenderer>();

        services.AddOutputCache(options => options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy()));
        services.AddSingleton<OutputCacheInvalidation>();
        services.AddSingleton<IContentEventHandler>(sp => sp.GetRequiredService<OutputCacheInvalidation>());
        services.AddSingleton<ICommitListener>(sp => sp.GetRequiredService<OutputCacheInvalidation>());
        services.AddSingleton(new OutputCacheFollowerOptions());
        services.AddSingleton<OutputCacheFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<OutputCacheFollower>());

        services.AddResponseCompression(options =>
        {
            // Only the public site is compressed (see UseEfusUrbanSecurity), where no response carries a secret.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml"]);
        });
        return services;
    }

    /// <summary>The types templates may read (besides the item view models Theming registers).</summary>
    public static IReadOnlyList<Type> ViewModelTypes { get; } =
    [
        typeof(SiteView), typeof(NavLink), typeof(LanguageLink), typeof(PageMeta), typeof(AlternateLink),
        typeof(ListingView), typeof(FilterField), typeof(FilterOption), typeof(PagerView), typeof(PageLink),
        typeof(HomeSection), typeof(DetailView), typeof(RelatedGroup), typeof(TocEntry),
        typeof(SearchView), typeof(SearchHitView), typeof(ThemeView),
    ];
}
