using System.Security.Claims;
using Efus.Cms.Core.Security;

namespace Efus.Cms.Admin.Infrastructure;

/// <summary>Pages for administrators only (recipes, maintenance): the role itself, not a permission a recipe could hand out.</summary>
public static class Administrators
{
    public static bool Is(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && PermissionService.RolesOf(user).Contains(PermissionService.Administrator);
}
