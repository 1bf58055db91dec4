using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Security.Tokens;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Tokens;

/// <summary>Revoking a token, after a confirmation page (Administrator only): applications using it get 401 from the next request.</summary>
public sealed class RevokeModel(ApiTokenService tokens, IAuditTrail audit, TimeProvider clock) : AdminPageModel
{
    public ApiToken? Token { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken) =>
        await LoadAsync(name, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string name, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await tokens.RevokeAsync(name, cancellationToken))
        {
            await audit.RecordAsync(new AuditEvent(clock.GetUtcNow().UtcDateTime, User.Identity?.Name, AuditActions.TokenRevoked, Details: name), cancellationToken);
        }

        Notify(T["Le jeton « {0} » est révoqué : les applications qui l’utilisent reçoivent désormais 401.", name]);
        return LocalRedirect("/admin/tokens");
    }

    private async Task<IActionResult?> LoadAsync(string name, CancellationToken cancellationToken)
    {
        if (!Administrators.Is(User))
        {
            return Denied();
        }

        Token = (await tokens.ListAsync(cancellationToken)).FirstOrDefault(t => t.Name == name);
        return Token is null ? NotFound() : null;
    }
}
