using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Media;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Media;

/// <summary>Deleting a file asks first and lists the items that use it ("utilisé par"), whose links would break.</summary>
public sealed class DeleteModel(MediaLibrary library, IMediaStore store, MediaPermissions permissions) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "path")]
    public string? PathParameter { get; set; }

    public string MediaPath { get; private set; } = "";

    public MediaFileInfo? Info { get; private set; }

    public IReadOnlyList<MediaUsage> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        UsedBy = await library.UsedByAsync(MediaPath, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await library.DeleteAsync(MediaPath, User, cancellationToken);
        Notify(T["« {0} » est supprimé.", MediaPath]);
        return LocalRedirect(IndexModel.FolderUrl(MediaPaths.FolderOf(MediaPath)));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await permissions.CanManageAsync(User, cancellationToken))
        {
            return Denied();
        }

        if (MediaPaths.Normalize(PathParameter) is not { } path || await store.GetInfoAsync(path, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        MediaPath = path;
        Info = file;
        return null;
    }
}
