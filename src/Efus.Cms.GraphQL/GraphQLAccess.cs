using System.Security.Claims;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Security;

namespace Efus.Cms.GraphQL;

/// <summary>
/// What one GraphQL caller may read, from the Roles document as Orchard decides it: running a query
/// needs <c>ExecuteGraphQL</c>; a list returns every item with <c>ViewContent</c> (or <c>View_{Type}</c>),
/// only the caller's own items with <c>ViewOwnContent</c>, and is refused otherwise; versions that are
/// not published (DRAFT, LATEST, ALL) need <c>EditContent</c> on the type. Every item reached another
/// way (<c>contentItem</c>, picker, taxonomy and translation expansions, search hits) passes
/// <see cref="ViewableAsync"/>, the same per-type decision (<see cref="ContentAuthorizer.ViewScopeAsync"/>).
/// Answers are kept per request, so checking many items costs one decision per type.
/// </summary>
public sealed class GraphQLAccess(ContentAuthorizer authorizer, ClaimsPrincipal? user)
{
    public const string UnauthorizedCode = "UNAUTHORIZED";

    private readonly ClaimsPrincipal _user = user ?? new ClaimsPrincipal(new ClaimsIdentity());
    private readonly Dictionary<string, ContentViewScope> _viewScopes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _unpublished = new(StringComparer.Ordinal);

    public ClaimsPrincipal User => _user;

    public string? UserId => ContentAuthorizer.UserIdOf(_user);

    public Task<bool> CanExecuteAsync(CancellationToken cancellationToken) =>
        authorizer.HasAsync(_user, Permissions.ExecuteGraphQL, cancellationToken);

    public async Task<ContentViewScope> ViewScopeAsync(string contentType, CancellationToken cancellationToken)
    {
        if (!_viewScopes.TryGetValue(contentType, out var scope))
        {
            scope = await authorizer.ViewScopeAsync(_user, contentType, cancellationToken);
            _viewScopes[contentType] = scope;
        }

        return scope;
    }

    public async Task<bool> CanViewAsync(ContentItem item, CancellationToken cancellationToken) =>
        ContentAuthorizer.Allows(await ViewScopeAsync(item.ContentType, cancellationToken), item, UserId);

    /// <summary>The items the caller may view, in their order.</summary>
    public async Task<IReadOnlyList<ContentItem>> ViewableAsync(IEnumerable<ContentItem> items, CancellationToken cancellationToken)
    {
        var viewable = new List<ContentItem>();
        foreach (var item in items)
        {
            if (await CanViewAsync(item, cancellationToken))
            {
                viewable.Add(item);
            }
        }

        return viewable;
    }

    /// <summary>The item when the caller may view it, else null.</summary>
    public async Task<ContentItem?> ViewableOrNullAsync(ContentItem? item, CancellationToken cancellationToken) =>
        item is not null && await CanViewAsync(item, cancellationToken) ? item : null;

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
