using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Users;

/// <summary>One account (ManageUsers): its roles, a password reset (generated, shown once), unlocking it after a lockout.</summary>
public sealed class EditModel(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, PermissionService permissions, IAuditTrail audit, TimeProvider clock) : AdminPageModel
{
    public IdentityUser? Account { get; private set; }

    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    public IReadOnlySet<string> AccountRoles { get; private set; } = new HashSet<string>();

    public bool LockedOut { get; private set; }

    public string? GeneratedPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostRolesAsync(string id, string[] selectedRoles, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var wanted = selectedRoles.Where(RoleNames.Contains).ToHashSet();
        if (Account!.Id == UserId && AccountRoles.Contains(PermissionService.Administrator) && !wanted.Contains(PermissionService.Administrator))
        {
            Notify(T["Vous ne pouvez pas retirer votre propre rôle d’administrateur."]);
            return LocalRedirect($"/admin/users/{Uri.EscapeDataString(id)}");
        }

        await users.RemoveFromRolesAsync(Account, AccountRoles.Except(wanted));
        await roles.EnsureAsync(wanted);
        await users.AddToRolesAsync(Account, wanted.Except(AccountRoles));
        // Signed-in sessions pick up the new roles at their next check.
        await users.UpdateSecurityStampAsync(Account);
        await RecordAsync(AuditActions.UserRolesChanged, $"{Account.UserName}: {string.Join(", ", wanted.Order())}", cancellationToken);
        Notify(T["Les rôles de « {0} » sont enregistrés.", Account.UserName ?? ""]);
        return LocalRedirect($"/admin/users/{Uri.EscapeDataString(id)}");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var password = PasswordGenerator.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(Account!);
        var result = await users.ResetPasswordAsync(Account!, token, password);
        if (!result.Succeeded)
        {
            Notify(string.Join(" ", result.Errors.Select(e => PasswordErrors.Describe(e, T))));
            return LocalRedirect($"/admin/users/{Uri.EscapeDataString(id)}");
        }

        // A reset also lifts a lockout: the administrator has just handed over a fresh password.
        await users.SetLockoutEndDateAsync(Account!, null);
        await users.ResetAccessFailedCountAsync(Account!);
        await RecordAsync(AuditActions.PasswordReset, Account!.UserName, cancellationToken);
        GeneratedPassword = password;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await users.SetLockoutEndDateAsync(Account!, null);
        await users.ResetAccessFailedCountAsync(Account!);
        await RecordAsync(AuditActions.UserUnlocked, Account!.UserName, cancellationToken);
        Notify(T["Le compte « {0} » est déverrouillé.", Account.UserName ?? ""]);
        return LocalRedirect($"/admin/users/{Uri.EscapeDataString(id)}");
    }

    private Task RecordAsync(string action, string? details, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEvent(clock.GetUtcNow().UtcDateTime, User.Identity?.Name, action, Details: details), cancellationToken);

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!await Authorizer.HasAsync(User, ContentPermissions.ManageUsers, cancellationToken))
        {
            return Denied();
        }

        Account = await users.FindByIdAsync(id);
        if (Account is null)
        {
            return NotFound();
        }

        RoleNames = await permissions.AssignableRolesAsync(cancellationToken);
        AccountRoles = (await users.GetRolesAsync(Account)).ToHashSet();
        LockedOut = await users.IsLockedOutAsync(Account);
        return null;
    }
}
