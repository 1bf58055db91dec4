using System.Security.Claims;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Security;

/// <summary>
/// The "Roles" document (written by the Roles recipe step, Orchard's shape) is the one source of
/// permissions; a user's role names come from their claims. Everyone has the Anonymous role's
/// permissions; signed-in users also Authenticated's; Administrator has every permission. The document
/// is kept per node (<see cref="DocumentCache{T}"/> of <see cref="RolePermissions"/>).
/// </summary>
public sealed class PermissionService(IDocumentStore documents, DocumentCache<RolePermissions> cache)
{
    public const string Anonymous = "Anonymous";
    public const string Authenticated = "Authenticated";
    public const string Administrator = "Administrator";

    private IReadOnlyDictionary<string, IReadOnlySet<string>>? _roles;

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal? user, string permission, CancellationToken cancellationToken = default)
    {
        var roleNames = RolesOf(user);
        if (roleNames.Contains(Administrator))
        {
            return true;
        }

        var roles = await LoadAsync(cancellationToken);
        return roleNames.Any(name => roles.TryGetValue(name, out var permissions) && permissions.Contains(permission));
    }

    /// <summary>
    /// The roles an account can be given: those of the Roles document (so a role added by a recipe is offered at
    /// once) and Administrator; Anonymous and Authenticated are implicit, never assigned.
    /// </summary>
    public async Task<IReadOnlyList<string>> AssignableRolesAsync(CancellationToken cancellationToken = default)
    {
        var roles = await LoadAsync(cancellationToken);
        return [.. roles.Keys.Append(Administrator)
            .Where(name => !name.Equals(Anonymous, StringComparison.OrdinalIgnoreCase) && !name.Equals(Authenticated, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];
    }

    public static IReadOnlySet<string> RolesOf(ClaimsPrincipal? user)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Anonymous };
        if (user?.Identity?.IsAuthenticated == true)
        {
            names.Add(Authenticated);
            foreach (var claim in user.FindAll(ClaimTypes.Role))
            {
                names.Add(claim.Value);
            }
        }

        return names;
    }

    // One snapshot per request: every check of a request sees the same roles, even if they change meanwhile.
    private async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> LoadAsync(CancellationToken cancellationToken) =>
        _roles ??= (await cache.GetAsync(documents, cancellationToken)).ByRole;
}
