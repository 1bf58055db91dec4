using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Efus.Cms.UrbanSecurity.Assets;

/// <summary><c>/assets/{name}</c>: immutable for a year when asked with the current hash, revalidated otherwise.</summary>
public static class AssetEndpoints
{
    public static IEndpointRouteBuilder MapEfusThemeAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assets/{name}", (string name, string? v, ThemeAssets assets, HttpContext context) =>
        {
            if (assets.Find(name) is not { } asset)
            {
                return Results.NotFound();
            }

            var etag = new EntityTagHeaderValue($"\"{asset.Version}\"");
            context.Response.Headers.CacheControl = v == asset.Version ? "public, max-age=31536000, immutable" : "no-cache";
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: etag);
        });
        return endpoints;
    }
}
