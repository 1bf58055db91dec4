using System.Security.Claims;
using Efus.Cms.Core.Management;

namespace Efus.Cms.Web.Security;

/// <summary>
/// The signed-in user of the current request (id from Identity's NameIdentifier claim, which
/// becomes an item's Owner); in a background job, the person it acts for; outside a request or
/// for anonymous callers, the system actor.
/// </summary>
public sealed class HttpContextCurrentUser(IHttpContextAccessor accessor, BackgroundActor actor) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? (actor.IsSet ? actor.UserId : null);

    public string? UserName => User is { } user ? user.Identity!.Name : actor.IsSet ? actor.UserName : "system";
}
