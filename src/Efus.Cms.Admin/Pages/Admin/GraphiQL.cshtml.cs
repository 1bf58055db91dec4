using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin;

/// <summary>
/// GraphiQL, the GraphQL explorer, on /api/graphql with the editor's own cookie (so DRAFT and LATEST
/// work), for administrators and editors. Served from the admin's files (graphiql 3.9.0, React 18.3.1).
/// </summary>
public sealed class GraphiQLModel : AdminPageModel
{
    public const string EditorRole = "Editor";

    // GraphiQL's stylesheet embeds its fonts and icons as data: URIs; nothing else is relaxed, and only here.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public IActionResult OnGet()
    {
        if (!CanUse(User))
        {
            return Denied();
        }

        Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Page();
    }

    public static bool CanUse(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(PermissionService.Administrator) || user.IsInRole(EditorRole);
}
