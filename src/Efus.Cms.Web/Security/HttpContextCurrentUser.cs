using System.Security.Claims;
using Efus.Cms.Core.Management;

namespace Efus.Cms.Web.Security;

/// <summary>
/// The signed-in user of the current request (id from Identity's NameIdentifier claim, which
/// becomes an item's Owner); outside a request or for anonymous callers, the system actor.
/// </summary>
public sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => User is { } user ? user.Identity!.Name : "system";
}
