using System.Security.Claims;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Search.Lucene.Api;

/// <summary>
/// Who may query an index through the API, from the "Roles" document that the Roles recipe step
/// writes (<c>{"Roles":[{"RoleName","NormalizedRoleName","RoleClaims":[{"ClaimType":"Permission","ClaimValue"}]}]}</c>):
/// a role of the caller (Anonymous for everyone, Authenticated for signed-in users) must hold
/// <c>QueryLuceneApi</c>, <c>QueryLucene{IndexName}Index</c> or <c>ManageLuceneIndexes</c>; Administrator may do anything.
/// </summary>
public sealed class QueryPermissions(IDocumentStore documents)
{
    public const string QueryLuceneApi = "QueryLuceneApi";
    public const string ManageLuceneIndexes = "ManageLuceneIndexes";
    private const string PermissionClaimType = "Permission";

    public static string QueryIndex(string indexName) => $"QueryLucene{indexName}Index";

    public async Task<bool> CanQueryAsync(ClaimsPrincipal user, string indexName, CancellationToken cancellationToken)
    {
        var roles = RolesOf(user);
        if (roles.Contains("ADMINISTRATOR"))
        {
            return true;
        }

        var granted = GrantedPermissions(await documents.GetAsync(DocumentNames.Roles, cancellationToken), roles);
        return granted.Contains(QueryLuceneApi) || granted.Contains(QueryIndex(indexName)) || granted.Contains(ManageLuceneIndexes);
    }

    private static HashSet<string> RolesOf(ClaimsPrincipal user)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        if (user.Identity?.IsAuthenticated == true)
        {
            roles.Add("AUTHENTICATED");
            foreach (var claim in user.FindAll(ClaimTypes.Role))
            {
                roles.Add(claim.Value.ToUpperInvariant());
            }
        }
        else
        {
            roles.Add("ANONYMOUS");
        }

        return roles;
    }

    private static HashSet<string> GrantedPermissions(JsonObject? document, HashSet<string> roles)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        if (document?["Roles"] is not JsonArray all)
        {
            return granted;
        }

        foreach (var role in all.OfType<JsonObject>())
        {
            var name = (role["NormalizedRoleName"].AsString() ?? role["RoleName"].AsString() ?? role["Name"].AsString())?.ToUpperInvariant();
            if (name is null || !roles.Contains(name))
            {
                continue;
            }

            foreach (var claim in (role["RoleClaims"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (claim["ClaimType"].AsString() == PermissionClaimType && claim["ClaimValue"].AsString() is { } permission)
                {
                    granted.Add(permission);
                }
            }

            // Orchard's recipe shape, should a document be written that way.
            foreach (var permission in role["Permissions"].AsStrings())
            {
                granted.Add(permission);
            }
        }

        return granted;
    }
}
