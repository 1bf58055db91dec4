using Efus.Cms.Theming.Localization;
using Efus.Cms.Theming.Rendering;
using Efus.Cms.Theming.ViewModels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Efus.Cms.Theming;

public static class ThemingServiceCollectionExtensions
{
    /// <summary>
    /// The Liquid renderer and the item view models. Modules add their templates, strings and view-model
    /// types with <c>services.Configure&lt;ThemingOptions&gt;</c>; the host sets the themes folder.
    /// </summary>
    public static IServiceCollection AddEfusTheming(this IServiceCollection services, Action<ThemingOptions>? configure = null)
    {
        services.AddOptions<ThemingOptions>().Configure(options =>
        {
            options.ViewModelTypes.Add(typeof(ItemView));
            options.ViewModelTypes.Add(typeof(FieldView));
            options.ViewModelTypes.Add(typeof(LinkView));
            options.ViewModelTypes.Add(typeof(MediaView));
            configure?.Invoke(options);
        });
        services.AddSingleton(sp => new TemplateFiles(sp.GetRequiredService<IOptions<ThemingOptions>>().Value));
        services.AddSingleton(sp => new StringCatalog(sp.GetRequiredService<IOptions<ThemingOptions>>().Value.ModuleStrings));
        services.AddSingleton(sp => new LiquidRenderer(
            sp.GetRequiredService<IOptions<ThemingOptions>>().Value, sp.GetRequiredService<TemplateFiles>(), sp.GetRequiredService<StringCatalog>()));
        services.AddScoped<ContentDependencies>();
        services.AddScoped<ItemViewBuilder>();
        services.AddSingleton<SharedTaxonomyTerms>();
        return services;
    }
}
