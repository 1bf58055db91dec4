using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Security.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Tokens;

/// <summary>
/// API tokens (Administrator only, for any user): the list (name, owner, created, last used — never the
/// secret) and a new token, made by the same <see cref="ApiTokenService"/> as the <c>token add</c> command,
/// whose secret is shown once on the answer to the form.
/// </summary>
public sealed class IndexModel(ApiTokenService tokens, UserManager<IdentityUser> users, IAuditTrail audit, TimeProvider time, AdminClock clock)
    : AdminPageModel
{
    public sealed record Row(ApiToken Token, string Owner);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<IdentityUser> Users { get; private set; } = [];

    public AdminClock Clock => clock;

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? NewUserId { get; set; }

    /// <summary>A message for each field in error, by input name.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Shown once, in the answer to the form that created it; only its hash is stored.</summary>
    public string? CreatedSecret { get; private set; }

    public string? CreatedName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var name = (NewName ?? "").Trim();
        var owner = Users.FirstOrDefault(u => u.Id == NewUserId);
        if (ApiTokenService.NameProblem(name) is not null)
        {
            Errors[nameof(NewName)] = T["Donnez au jeton un nom de 100 caractères au plus, fait de lettres, de chiffres, « - », « _ » ou « . »."];
        }
        else if (Rows.Any(r => r.Token.Name == name))
        {
            Errors[nameof(NewName)] = T["Un jeton porte déjà le nom « {0} ».", name];
        }

        if (owner is null)
        {
            Errors[nameof(NewUserId)] = T["Choisissez l’utilisateur au nom duquel le jeton agira."];
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            CreatedSecret = await tokens.CreateAsync(name, owner!.Id, cancellationToken);
        }
        catch (ArgumentException)
        {
            // Taken between the check above and the insert (another administrator, the command line).
            Errors[nameof(NewName)] = T["Un jeton porte déjà le nom « {0} ».", name];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        CreatedName = name;
        await audit.RecordAsync(new AuditEvent(time.GetUtcNow().UtcDateTime, User.Identity?.Name, AuditActions.TokenCreated, Details: $"{name} ({owner.UserName})"), cancellationToken);
        NewName = NewUserId = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!Administrators.Is(User))
        {
            return Denied();
        }

        await clock.ZoneAsync(cancellationToken);
        Users = [.. users.Users.OrderBy(u => u.UserName).Take(500)];
        var names = Users.ToDictionary(u => u.Id, u => u.UserName ?? u.Id, StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var token in await tokens.ListAsync(cancellationToken))
        {
            var owner = names.GetValueOrDefault(token.UserId) ?? (await users.FindByIdAsync(token.UserId))?.UserName;
            rows.Add(new Row(token, owner ?? T["(utilisateur supprimé)"]));
        }

        Rows = rows;
        return null;
    }
}
