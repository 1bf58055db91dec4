using Efus.Cms.Admin.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Efus.Cms.Admin;

public static class AdminEndpoints
{
    /// <summary>The path of the admin's own CSS and scripts.</summary>
    public const string AssetsPath = "/admin/assets";

    private static readonly ManifestEmbeddedFileProvider _assets = new(typeof(AdminEndpoints).Assembly, "wwwroot");

    private static readonly FileExtensionContentTypeProvider _contentTypes = new();

    /// <summary>
    /// The admin's response headers and culture (middleware on /admin: call it after authentication),
    /// its embedded assets and its pages.
    /// </summary>
    public static WebApplication MapEfusAdmin(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase),
            admin => admin.UseMiddleware<AdminResponseMiddleware>());
        app.MapGet(AssetsPath + "/{**path}", ServeAsset).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    private static IResult ServeAsset(string path, HttpContext context)
    {
        var file = _assets.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=3600";
        var contentType = _contentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        return Results.Stream(file.CreateReadStream(), contentType, lastModified: file.LastModified);
    }
}
