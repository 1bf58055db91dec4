using System.Security.Claims;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;

namespace Efus.Cms.Core.Security;

/// <summary>
/// Orchard's content authorization: the action's permission (its "Own" variant when the user's id
/// is the item's <see cref="ContentItem.Owner"/>), granted by the Roles document directly, through a
/// permission that implies it, or through the per-type permission of a Securable type.
/// </summary>
public sealed class ContentAuthorizer(PermissionService permissions, IContentDefinitionManager definitionManager)
{
    public Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentItem item, CancellationToken cancellationToken = default) =>
        CanAsync(user, action, item.ContentType, item.Owner, cancellationToken);

    /// <summary>For an item not created yet, pass the user's own id as <paramref name="owner"/>.</summary>
    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, string contentType, string? owner, CancellationToken cancellationToken = default)
    {
        var userId = UserIdOf(user);
        var isOwner = userId is not null && owner is not null && string.Equals(owner, userId, StringComparison.Ordinal);
        var type = (await definitionManager.GetAsync(cancellationToken)).Type(contentType);
        var securableType = type?.TypeSettings.Securable == true ? type.Name : null;
        foreach (var permission in ContentPermissions.Granting(ContentPermissions.For(action, isOwner), securableType))
        {
            if (await permissions.HasPermissionAsync(user, permission, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Which items of <paramref name="contentType"/> the user may view: every item, only their own, or none.
    /// The one decision behind every read of published content by callers (GraphQL lists and expansions,
    /// <c>contentItem</c>, search hits, REST); <see cref="Allows"/> applies it to one item.
    /// </summary>
    public async Task<ContentViewScope> ViewScopeAsync(ClaimsPrincipal user, string contentType, CancellationToken cancellationToken = default) =>
        await CanAsync(user, ContentAction.View, contentType, owner: null, cancellationToken) ? ContentViewScope.All
            : UserIdOf(user) is { } userId && await CanAsync(user, ContentAction.View, contentType, userId, cancellationToken) ? ContentViewScope.Own
            : ContentViewScope.None;

    /// <summary>Whether a scope lets its caller view <paramref name="item"/> (Own: the item is theirs).</summary>
    public static bool Allows(ContentViewScope scope, ContentItem item, string? userId) => scope switch
    {
        ContentViewScope.All => true,
        ContentViewScope.Own => userId is not null && string.Equals(item.Owner, userId, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>A permission that is not about one item (ListContent, ManageUsers…), with what implies it.</summary>
    public async Task<bool> HasAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default)
    {
        foreach (var granting in ContentPermissions.Granting(permission, securableType: null))
        {
            if (await permissions.HasPermissionAsync(user, granting, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    public static string? UserIdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
