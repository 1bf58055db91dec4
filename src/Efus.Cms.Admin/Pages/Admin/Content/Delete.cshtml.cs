using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Content;

/// <summary>Deletion asks first, on its own page, so it works without JavaScript and is never one stray click.</summary>
public sealed class DeleteModel(IContentManager contentManager) : AdminPageModel
{
    public ContentItem? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await contentManager.RemoveAsync(id, cancellationToken);
        Notify(T["« {0} » est supprimé.", Item!.DisplayText ?? ""]);
        return LocalRedirect("/admin/content");
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Item = await contentManager.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (Item is null)
        {
            return NotFound();
        }

        return await Authorizer.CanAsync(User, ContentAction.Delete, Item, cancellationToken) ? null : Denied();
    }
}
