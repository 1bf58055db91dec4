using Microsoft.AspNetCore.Http;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary>The 404 page: says so in the visitor's language, offers the search box and the main sections.</summary>
public static class NotFoundPage
{
    public static async Task<IResult> HandleAsync(ThemePageRenderer renderer, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = await renderer.SettingsAsync(cancellationToken);
        var culture = await renderer.CultureAsync(cancellationToken);
        var meta = renderer.Meta(http.Request, culture, renderer.T("Page introuvable", culture), null, http.Request.Path, null, settings) with
        {
            NoIndex = true,
            Alternates = [],
        };
        return await renderer.PageAsync(renderer.Resolve("NotFound"), new() { ["requested_path"] = http.Request.Path.Value }, meta, [], cancellationToken, StatusCodes.Status404NotFound);
    }
}
