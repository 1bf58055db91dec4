using System.Security.Claims;

namespace Efus.Cms.Core.Security;

/// <summary>
/// Orchard's media permissions (OrchardCore.Media): <c>ManageMediaFolder</c> ⇒ <c>ManageOthersMediaContent</c>
/// ⇒ <c>ManageOwnMediaContent</c> ⇒ <c>ManageMediaContent</c>. Files carry no owner here, so "own"
/// media means what a writer needs for their items: browse, pick and upload. Deleting a file or
/// managing folders touches everyone's files and needs <c>ManageMediaContent</c> itself (the
/// Editor's), <c>ManageOthersMediaContent</c> or <c>ManageMediaFolder</c>.
/// </summary>
public sealed class MediaPermissions(PermissionService permissions)
{
    public const string ManageMediaFolder = "ManageMediaFolder";
    public const string ManageOthersMedia = "ManageOthersMediaContent";
    public const string ManageOwnMedia = "ManageOwnMediaContent";
    public const string ManageMedia = "ManageMediaContent";

    /// <summary>The name the setup recipe (and older Orchard recipes) give ManageOwnMediaContent.</summary>
    public const string ManageOwnMediaLegacy = "ManageOwnMedia";

    private static readonly string[] _use = [ManageMedia, ManageOwnMedia, ManageOwnMediaLegacy, ManageOthersMedia, ManageMediaFolder];
    private static readonly string[] _manage = [ManageMedia, ManageOthersMedia, ManageMediaFolder];

    /// <summary>Browse the library, pick a file for a field, upload.</summary>
    public Task<bool> CanUseAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => AnyAsync(user, _use, cancellationToken);

    /// <summary>Delete files, create and delete folders.</summary>
    public Task<bool> CanManageAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => AnyAsync(user, _manage, cancellationToken);

    private async Task<bool> AnyAsync(ClaimsPrincipal user, string[] names, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            if (await permissions.HasPermissionAsync(user, name, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
