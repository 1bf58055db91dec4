using Microsoft.AspNetCore.Identity;

namespace Efus.Cms.Admin.Infrastructure;

/// <summary>
/// Which roles exist, and what they may do, is the Roles document's business; Identity only keeps the membership
/// rows, which need a role row. This creates that row on first use, so a role added by a recipe can be assigned.
/// </summary>
public static class IdentityRoleRows
{
    public static async Task EnsureAsync(this RoleManager<IdentityRole> roles, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                var result = await roles.CreateAsync(new IdentityRole(name));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create the role '{name}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
