using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin;

/// <summary>Sign-out is a POST with an anti-forgery token; a GET only shows the button.</summary>
public sealed class LogoutModel(SignInManager<IdentityUser> signInManager, IAuditTrail audit, TimeProvider clock) : AdminPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = User.Identity?.Name;
        await signInManager.SignOutAsync();
        await audit.RecordAsync(new AuditEvent(clock.GetUtcNow().UtcDateTime, name, AuditActions.LoggedOut), cancellationToken);
        Notify(T["Vous êtes déconnecté."]);
        return LocalRedirect("/admin/login");
    }
}
