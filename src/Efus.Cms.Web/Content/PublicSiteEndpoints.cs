using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Efus.Cms.Web.Rendering;

namespace Efus.Cms.Web.Content;

/// <summary>The public site until the Liquid theme lands: the home item and every item at its path.</summary>
public static class PublicSiteEndpoints
{
    public static IEndpointRouteBuilder MapEfusPublicSite(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", RenderHomeAsync);
        endpoints.MapGet("/{**path}", RenderPathAsync).WithOrder(int.MaxValue);
        return endpoints;
    }

    private static async Task<IResult> RenderHomeAsync(IDocumentStore documents, IContentManager contentManager, ItemHtmlRenderer renderer, CancellationToken cancellationToken)
    {
        var site = await documents.GetAsync(DocumentNames.Site, cancellationToken) ?? [];
        var homeId = (site["HomeRoute"] as JsonObject)?["ContentItemId"].AsString();
        var home = homeId is null ? null : await contentManager.GetAsync(homeId, VersionOptions.Published, cancellationToken);
        var siteName = SiteName(site);
        var body = home is null ? $"<h1>{ItemPage.Encoder.Encode(siteName)}</h1>\n" : await renderer.RenderAsync(home, cancellationToken);
        return Results.Content(ItemPage.Layout(siteName, home?.DisplayText ?? "Accueil", body), "text/html; charset=utf-8");
    }

    private static async Task<IResult> RenderPathAsync(string path, IDocumentStore documents, IContentManager contentManager, ItemHtmlRenderer renderer, CancellationToken cancellationToken)
    {
        var site = await documents.GetAsync(DocumentNames.Site, cancellationToken) ?? [];
        var item = AutoroutePath.IsValid(AutoroutePath.Normalize(path))
            ? await contentManager.GetByPathAsync(path, VersionOptions.Published, cancellationToken)
            : null;
        if (item is null)
        {
            var notFound = ItemPage.Layout(SiteName(site), "Page introuvable",
                "<h1>Page introuvable</h1>\n<p>Cette page n’existe pas ou n’est plus publiée. <a href=\"/\">Retour à l’accueil</a></p>\n");
            return Results.Content(notFound, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var body = await renderer.RenderAsync(item, cancellationToken);
        return Results.Content(ItemPage.Layout(SiteName(site), item.DisplayText ?? "", body), "text/html; charset=utf-8");
    }

    private static string SiteName(JsonObject site) => site["SiteName"].AsString() ?? "Efus";
}
