using Efus.Cms.Core.Rendering;
using Efus.Cms.Web.Rendering;

namespace Efus.Cms.Web.Content;

public static class PublicSiteServiceCollectionExtensions
{
    public static IServiceCollection AddEfusPublicSite(this IServiceCollection services)
    {
        services.AddScoped<ItemHtmlRenderer>();
        services.AddScoped<IContentPreviewRenderer, ItemPreviewRenderer>();
        return services;
    }
}
