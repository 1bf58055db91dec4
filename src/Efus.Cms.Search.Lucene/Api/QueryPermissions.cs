using System.Security.Claims;
using Efus.Cms.Core.Security;

namespace Efus.Cms.Search.Lucene.Api;

/// <summary>
/// Who may query an index through the API (Orchard's rules): a role of the caller (Anonymous for
/// everyone) must hold <c>QueryLuceneApi</c>, <c>QueryLucene{IndexName}Index</c> or
/// <c>ManageLuceneIndexes</c>; Administrator may do anything. Roles come from the "Roles" document.
/// </summary>
public sealed class QueryPermissions(PermissionService permissions)
{
    public const string ManageLuceneIndexes = "ManageLuceneIndexes";

    public async Task<bool> CanQueryAsync(ClaimsPrincipal user, string indexName, CancellationToken cancellationToken) =>
        await permissions.HasPermissionAsync(user, Permissions.QueryLuceneApi, cancellationToken)
        || await permissions.HasPermissionAsync(user, Permissions.QueryLuceneIndex(indexName), cancellationToken)
        || await permissions.HasPermissionAsync(user, ManageLuceneIndexes, cancellationToken);
}
