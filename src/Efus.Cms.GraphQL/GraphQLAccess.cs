using System.Security.Claims;

namespace Efus.Cms.GraphQL;

/// <summary>
/// The one place that decides what a GraphQL caller may read: everyone reads published content;
/// drafts, latest versions and all versions need an authenticated editor. Until permissions exist
/// as data, "editor" means the Administrator or Editor role (EditContent/ViewContent in Orchard).
/// </summary>
public static class GraphQLAccess
{
    public const string UnauthorizedCode = "UNAUTHORIZED";

    private static readonly string[] _editorRoles = ["Administrator", "Editor"];

    public static bool CanReadUnpublished(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
        && _editorRoles.Any(role => user.IsInRole(role) || user.HasClaim("role", role));
}
