using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin;

/// <summary>
/// Sign-in with Identity: five failures lock the account (Identity lockout), every attempt is in the
/// audit trail, and the editor only ever goes back to a path of this site.
/// </summary>
public sealed class LoginModel(SignInManager<IdentityUser> signInManager, IAuditTrail audit, TimeProvider clock) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(LocalUrl.OrAdmin(ReturnUrl));
        }

        ReturnUrl = LocalUrl.IsLocal(ReturnUrl) ? ReturnUrl : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ReturnUrl = LocalUrl.IsLocal(ReturnUrl) ? ReturnUrl : null;
        var userName = (UserName ?? "").Trim();
        if (userName.Length == 0 || string.IsNullOrEmpty(Password))
        {
            Error = T["Saisissez votre nom d’utilisateur et votre mot de passe."];
            return Page();
        }

        var user = await signInManager.UserManager.FindByNameAsync(userName);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        var now = clock.GetUtcNow().UtcDateTime;
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(now, user!.UserName, AuditActions.LoggedIn), cancellationToken);
            return LocalRedirect(LocalUrl.OrAdmin(ReturnUrl));
        }

        // The name typed is recorded only when it is an account's: a password typed in the wrong box must not be stored.
        await audit.RecordAsync(new AuditEvent(now, user?.UserName, result.IsLockedOut ? AuditActions.LockedOut : AuditActions.LogInFailed,
            Details: user is null ? "compte inconnu" : null), cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Error = result.IsLockedOut
            ? T["Ce compte est verrouillé après trop de tentatives. Réessayez dans quelques minutes ou demandez à un administrateur de le déverrouiller."]
            : T["Nom d’utilisateur ou mot de passe incorrect."];
        return Page();
    }
}
