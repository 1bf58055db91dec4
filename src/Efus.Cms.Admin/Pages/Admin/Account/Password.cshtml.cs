using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Account;

/// <summary>The signed-in user changes their own password (Identity's rules: 12 characters and more).</summary>
public sealed class PasswordModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IAuditTrail audit, TimeProvider clock) : AdminPageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(NewPassword) || NewPassword != ConfirmPassword)
        {
            Errors = [T["Les deux saisies du nouveau mot de passe ne sont pas identiques."]];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword ?? "", NewPassword);
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(e => PasswordErrors.Describe(e, T))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(new AuditEvent(clock.GetUtcNow().UtcDateTime, user.UserName, AuditActions.PasswordChanged), cancellationToken);
        Notify(T["Votre mot de passe est changé."]);
        return LocalRedirect("/admin");
    }
}
