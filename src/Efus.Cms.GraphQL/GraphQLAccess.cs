using System.Security.Claims;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Security;

namespace Efus.Cms.GraphQL;

/// <summary>
/// What one GraphQL caller may read, from the Roles document as Orchard decides it: running a query
/// needs <c>ExecuteGraphQL</c>; a list returns every item with <c>ViewContent</c> (or <c>View_{Type}</c>),
/// only the caller's own items with <c>ViewOwnContent</c>, and is refused otherwise; versions that are
/// not published (DRAFT, LATEST, ALL) need <c>EditContent</c> on the type. Answers are kept per request.
/// </summary>
public sealed class GraphQLAccess(ContentAuthorizer authorizer, ClaimsPrincipal? user)
{
    public const string UnauthorizedCode = "UNAUTHORIZED";

    private readonly ClaimsPrincipal _user = user ?? new ClaimsPrincipal(new ClaimsIdentity());
    private readonly Dictionary<string, ViewScope> _viewScopes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _unpublished = new(StringComparer.Ordinal);

    /// <summary>Which items of a type a list may return.</summary>
    public enum ViewScope
    {
        None,
        Own,
        All,
    }

    public string? UserId => ContentAuthorizer.UserIdOf(_user);

    public Task<bool> CanExecuteAsync(CancellationToken cancellationToken) =>
        authorizer.HasAsync(_user, Permissions.ExecuteGraphQL, cancellationToken);

    public async Task<ViewScope> ViewScopeAsync(string contentType, CancellationToken cancellationToken)
    {
        if (!_viewScopes.TryGetValue(contentType, out var scope))
        {
            scope = await authorizer.CanAsync(_user, ContentAction.View, contentType, owner: null, cancellationToken) ? ViewScope.All
                : UserId is { } userId && await authorizer.CanAsync(_user, ContentAction.View, contentType, userId, cancellationToken) ? ViewScope.Own
                : ViewScope.None;
            _viewScopes[contentType] = scope;
        }

        return scope;
    }

    public async Task<bool> CanViewAsync(ContentItem item, CancellationToken cancellationToken) =>
        await ViewScopeAsync(item.ContentType, cancellationToken) switch
        {
            ViewScope.All => true,
            ViewScope.Own => item.Owner is not null && item.Owner == UserId,
            _ => false,
        };

    public async Task<bool> CanReadUnpublishedAsync(string contentType, CancellationToken cancellationToken)
    {
        if (!_unpublished.TryGetValue(contentType, out var allowed))
        {
            allowed = await authorizer.CanAsync(_user, ContentAction.Edit, contentType, owner: null, cancellationToken);
            _unpublished[contentType] = allowed;
        }

        return allowed;
    }
}
