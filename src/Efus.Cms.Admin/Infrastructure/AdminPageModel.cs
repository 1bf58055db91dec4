using System.Security.Claims;
using Efus.Cms.Admin.Localization;
using Efus.Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Infrastructure;

/// <summary>What every admin page shares: the localizer, the flash message after a redirect, the signed-in user's id.</summary>
public abstract class AdminPageModel : PageModel
{
    public const string FlashKey = "Efus.Flash";

    private AdminText? _text;

    public AdminText T => _text ??= HttpContext.RequestServices.GetRequiredService<AdminText>();

    [TempData(Key = FlashKey)]
    public string? Flash { get; set; }

    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Shown once on the next page (post/redirect/get).</summary>
    protected void Notify(string message) => Flash = message;

    protected ContentAuthorizer Authorizer => HttpContext.RequestServices.GetRequiredService<ContentAuthorizer>();

    /// <summary>403: the cookie handler sends the editor to the access-denied page.</summary>
    protected IActionResult Denied() => Forbid();
}
