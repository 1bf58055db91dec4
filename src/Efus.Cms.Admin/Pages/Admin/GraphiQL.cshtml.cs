using System.Security.Claims;
using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin;

/// <summary>
/// GraphiQL, the GraphQL explorer, on /api/graphql with the editor's own cookie (so DRAFT and LATEST
/// work for those who may edit). Open to a signed-in user of the admin who may run GraphQL queries: the
/// <c>ExecuteGraphQL</c> permission from the Roles document, the same check as the endpoint's; what the
/// queries return is then the endpoint's business. Served from the admin's files (graphiql 3.9.0, React 18.3.1).
/// </summary>
public sealed class GraphiQLModel : AdminPageModel
{
    // GraphiQL's stylesheet embeds its fonts and icons as data: URIs; nothing else is relaxed, and only here.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await CanUseAsync(User, Authorizer, cancellationToken))
        {
            return Denied();
        }

        Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Page();
    }

    public static async Task<bool> CanUseAsync(ClaimsPrincipal user, ContentAuthorizer authorizer, CancellationToken cancellationToken = default) =>
        user.Identity?.IsAuthenticated == true && await authorizer.HasAsync(user, Permissions.ExecuteGraphQL, cancellationToken);
}
