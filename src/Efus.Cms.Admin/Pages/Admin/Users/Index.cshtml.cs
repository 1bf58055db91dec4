using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Users;

/// <summary>Accounts (ManageUsers): the list with roles and lockouts, and a new account whose generated password is shown once.</summary>
public sealed class IndexModel(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, PermissionService permissions, IAuditTrail audit, TimeProvider clock) : AdminPageModel
{
    public sealed record Row(IdentityUser User, IReadOnlyList<string> Roles, bool LockedOut);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    [BindProperty]
    public string? NewUserName { get; set; }

    [BindProperty]
    public string? NewEmail { get; set; }

    [BindProperty]
    public string? NewRole { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Shown once, right after the account is created; never stored in clear or logged.</summary>
    public string? GeneratedPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var name = (NewUserName ?? "").Trim();
        if (name.Length == 0 || NewRole is null || !RoleNames.Contains(NewRole))
        {
            Errors = [T["Donnez un nom d’utilisateur et choisissez un rôle."]];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var user = new IdentityUser(name) { Email = string.IsNullOrWhiteSpace(NewEmail) ? null : NewEmail.Trim(), EmailConfirmed = true };
        var password = PasswordGenerator.Generate();
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            await roles.EnsureAsync([NewRole]);
            result = await users.AddToRoleAsync(user, NewRole);
        }

        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(e => PasswordErrors.Describe(e, T))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await audit.RecordAsync(new AuditEvent(clock.GetUtcNow().UtcDateTime, User.Identity?.Name, AuditActions.UserCreated, Details: $"{name} ({NewRole})"), cancellationToken);
        GeneratedPassword = password;
        NewUserName = NewEmail = null;
        await LoadAsync(cancellationToken);
        Notify(T["Le compte « {0} » est créé.", name]);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await Authorizer.HasAsync(User, ContentPermissions.ManageUsers, cancellationToken))
        {
            return Denied();
        }

        RoleNames = await permissions.AssignableRolesAsync(cancellationToken);
        var rows = new List<Row>();
        foreach (var user in users.Users.OrderBy(u => u.UserName).Take(500).ToList())
        {
            rows.Add(new Row(user, [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user)));
        }

        Rows = rows;
        return null;
    }
}
