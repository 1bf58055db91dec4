using System.Globalization;
using Efus.Cms.Core.Media;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Efus.Cms.Web.Media;

/// <summary>
/// Media files under <c>/media/{path}</c>, served from the media store; JPEG, PNG and WebP images also
/// at one of the configured widths (<c>?width=320</c>), resized once and kept on disk.
/// </summary>
public static class MediaEndpoints
{
    /// <summary>A week: the URL does not change when a file is replaced, so clients revalidate with the ETag after that.</summary>
    private const string CacheControl = "public, max-age=604800";

    private static readonly FileExtensionContentTypeProvider _contentTypes = new();

    public static IServiceCollection AddEfusMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section);
        services.AddSingleton<ResizedImageCache>();
        return services;
    }

    public static IEndpointRouteBuilder MapEfusMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{**path}", ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string path, string? width, IMediaStore media, ResizedImageCache cache,
        IOptions<MediaOptions> options, HttpContext context, CancellationToken cancellationToken)
    {
        // Whatever the request holds, only a valid library path is looked up: no '..', no absolute path.
        if (MediaPaths.Normalize(path) is not { } mediaPath)
        {
            return Results.NotFound();
        }

        int? requestedWidth = null;
        if (width is not null)
        {
            var allowed = options.Value.Widths;
            if (!int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out var w) || !allowed.Contains(w))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["width"] = [$"width must be one of {string.Join(", ", allowed)}"],
                });
            }

            requestedWidth = w;
        }

        if (await media.GetInfoAsync(mediaPath, cancellationToken) is not { } info)
        {
            return Results.NotFound();
        }

        var kind = MediaKinds.FromExtension(mediaPath);
        if (requestedWidth is not null && (kind is null || !MediaKinds.IsImage(kind.Value)))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["width"] = ["width applies to images only (JPEG, PNG, WebP; GIF and SVG are served as they are)"],
            });
        }

        var resize = requestedWidth is { } target && kind is { } resizable && MediaKinds.IsResizable(resizable) ? target : (int?)null;
        var etag = new EntityTagHeaderValue($"\"{ResizedImageCache.Key(mediaPath, info.ModifiedUtc)}-{resize ?? 0}\"");
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // An uploaded SVG or HTML file must never run script in the site's origin.
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'";
        headers.CacheControl = CacheControl;
        var contentType = kind is { } known ? MediaKinds.ContentType(known)
            : _contentTypes.TryGetContentType(mediaPath, out var type) ? type : "application/octet-stream";

        if (resize is { } size)
        {
            var file = cache.PathFor(mediaPath, info.ModifiedUtc, size);
            var cached = await cache.ReadAsync(file, cancellationToken);
            if (cached is null)
            {
                var original = await media.GetAsync(mediaPath, cancellationToken);
                cached = original is null ? null : ImageResizer.Resize(original.Content, kind!.Value, size);
                if (cached is null)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["path"] = ["the image cannot be decoded or is too large to resize"] });
                }

                await cache.WriteAsync(file, cached, cancellationToken);
            }

            return Results.File(cached, contentType, lastModified: info.ModifiedUtc, entityTag: etag);
        }

        if (IsNotModified(context.Request, etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var whole = await media.GetAsync(mediaPath, cancellationToken);
        return whole is null ? Results.NotFound() : Results.File(whole.Content, contentType, lastModified: info.ModifiedUtc, entityTag: etag);
    }

    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags && tags.Any(t => t.Compare(etag, useStrongComparison: false));
}
