using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Content;

/// <summary>Every stored version of an item, newest first: preview one, compare two, restore an old one as a new draft.</summary>
public sealed class VersionsModel(IContentManager contentManager, AdminClock clock) : AdminPageModel
{
    public ContentItem? Latest { get; private set; }

    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public bool CanRestore { get; private set; }

    public AdminClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostRestoreAsync(string id, string version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var old = Versions.FirstOrDefault(v => v.ContentItemVersionId == version);
        if (!CanRestore || old is null)
        {
            return old is null ? NotFound() : Denied();
        }

        // The old version's content becomes the new latest version (a draft when the type has drafts).
        var restored = Latest!.Clone();
        restored.Parts.Clear();
        foreach (var (name, part) in old.Parts)
        {
            restored.Parts[name] = part?.DeepClone();
        }

        try
        {
            await contentManager.UpdateAsync(restored, cancellationToken);
            Notify(T["La version du {0} est restaurée comme nouvelle version. Publiez-la pour la mettre en ligne.", clock.Format(old.ModifiedUtc)]);
            return LocalRedirect($"/admin/content/{Uri.EscapeDataString(id)}/edit");
        }
        catch (ContentValidationException invalid)
        {
            Notify(T["Cette version ne peut pas être restaurée : {0}", string.Join(" ; ", invalid.Errors.Select(e => Localization.ValidationMessages.Localize(e, T)))]);
            return LocalRedirect($"/admin/content/{Uri.EscapeDataString(id)}/versions");
        }
        catch (ContentConflictException)
        {
            Notify(T["Ce contenu vient d’être modifié par quelqu’un d’autre : rechargez l’historique et recommencez."]);
            return LocalRedirect($"/admin/content/{Uri.EscapeDataString(id)}/versions");
        }
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        await clock.ZoneAsync(cancellationToken);
        Latest = await contentManager.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (Latest is null)
        {
            return NotFound();
        }

        if (!await Authorizer.CanAsync(User, ContentAction.Preview, Latest, cancellationToken))
        {
            return Denied();
        }

        CanRestore = await Authorizer.CanAsync(User, ContentAction.Edit, Latest, cancellationToken);
        Versions = [.. (await contentManager.GetVersionsAsync(id, cancellationToken)).Reverse()];
        return null;
    }
}
