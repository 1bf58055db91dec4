using Efus.Cms.Core.Content;
using Efus.Cms.Core.Rendering;
using Efus.Cms.UrbanSecurity.Site;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary>The admin's preview: any version of an item (a draft too) rendered as the theme's detail page.</summary>
public sealed class ThemePreviewRenderer(ThemePageRenderer renderer, PublicContent content, IHttpContextAccessor accessor) : IContentPreviewRenderer
{
    public async Task<string> RenderPageAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("A preview is rendered within a request.");
        var page = await DetailPage.RenderAsync(item, AutoroutePath.Of(item) ?? "", renderer, content, http, cancellationToken);
        return page.Html;
    }
}
