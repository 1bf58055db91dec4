using System.Text.Json;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Efus.Cms.Web.Content;

/// <summary>REST: published items in Orchard's JSON, as <c>GET /api/content/{id}</c> in Orchard Core.</summary>
public static class ContentApiEndpoints
{
    public static IEndpointRouteBuilder MapEfusContentApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content");
        group.MapGet("/{contentItemId}", GetAsync);
        return endpoints;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetAsync(string contentItemId, IContentManager contentManager, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        return item is null
            ? TypedResults.NotFound()
            : TypedResults.Content(ContentItemJson.Serialize(item), "application/json; charset=utf-8");
    }
}
