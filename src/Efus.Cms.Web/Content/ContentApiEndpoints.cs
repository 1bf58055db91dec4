using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Security;
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

    /// <summary>
    /// The item when the caller may view it (the same per-type decision as GraphQL: <see cref="ContentAuthorizer.ViewScopeAsync"/>);
    /// otherwise, as Orchard's ApiController, 401 for an anonymous caller (with <c>WWW-Authenticate: Bearer</c>) and
    /// 403 for a signed-in one, as problem details (never the cookie's redirect to the admin's login page).
    /// </summary>
    private static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> GetAsync(
        string contentItemId, HttpContext http, IContentManager contentManager, ContentAuthorizer authorizer, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var user = http.User;
        // What a caller may read depends on who they are: a shared cache must never hand one caller's answer to another.
        http.Response.Headers.Vary = "Authorization, Cookie";
        if (user.Identity?.IsAuthenticated == true)
        {
            http.Response.Headers.CacheControl = "private, no-cache";
        }

        if (!ContentAuthorizer.Allows(await authorizer.ViewScopeAsync(user, item.ContentType, cancellationToken), item, ContentAuthorizer.UserIdOf(user)))
        {
            if (user.Identity?.IsAuthenticated == true)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"Viewing {item.ContentType} items needs the ViewContent permission (or View_{item.ContentType}).");
            }

            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: $"Viewing {item.ContentType} items needs a permission anonymous callers lack; send an API token.");
        }

        return TypedResults.Content(ContentItemJson.Serialize(item), "application/json; charset=utf-8");
    }
}
