using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.StaticFiles;

namespace Efus.Cms.Web.Content;

/// <summary>Media files under <c>/media/{path}</c>, served from the media store.</summary>
public static class MediaEndpoints
{
    private static readonly FileExtensionContentTypeProvider _contentTypes = new();

    public static IEndpointRouteBuilder MapEfusMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{**path}", async (string path, IMediaStore media, HttpContext context, CancellationToken cancellationToken) =>
        {
            var file = await media.GetAsync(path, cancellationToken);
            if (file is null)
            {
                return Results.NotFound();
            }

            var contentType = _contentTypes.TryGetContentType(file.Path, out var type) ? type : "application/octet-stream";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            // An uploaded SVG or HTML file must never run script in the site's origin.
            context.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'";
            return Results.File(file.Content, contentType, lastModified: file.ModifiedUtc);
        });
        return endpoints;
    }
}
