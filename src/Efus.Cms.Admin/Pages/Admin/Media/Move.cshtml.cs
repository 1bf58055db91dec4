using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Media;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Media;

/// <summary>Renames a file or moves it to another folder; like a delete, it warns about the items whose links would break.</summary>
public sealed class MoveModel(MediaLibrary library, IMediaStore store, MediaPermissions permissions) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "path")]
    public string? PathParameter { get; set; }

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? TargetFolder { get; set; }

    public string MediaPath { get; private set; } = "";

    public IReadOnlyList<string> Folders { get; private set; } = [];

    public IReadOnlyList<MediaUsage> UsedBy { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        NewName = MediaPaths.NameOf(MediaPath);
        TargetFolder = MediaPaths.FolderOf(MediaPath);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var folder = MediaPaths.NormalizeFolder(TargetFolder);
        var (moved, problem) = folder is null ? (null, MediaMoveProblem.InvalidFolder) : await library.MoveAsync(MediaPath, folder, NewName, User, cancellationToken);
        if (moved is null)
        {
            Errors = [problem switch
            {
                MediaMoveProblem.InvalidName => T["Donnez un nom fait de lettres ou de chiffres."],
                MediaMoveProblem.Taken => T["Un fichier porte déjà ce nom dans ce dossier."],
                MediaMoveProblem.InvalidFolder => T["Ce dossier n’existe pas."],
                _ => T["Ce fichier n’existe plus."],
            }];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Notify(T["« {0} » est maintenant « {1} ».", MediaPath, moved]);
        return LocalRedirect(IndexModel.FolderUrl(MediaPaths.FolderOf(moved)));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await permissions.CanManageAsync(User, cancellationToken))
        {
            return Denied();
        }

        if (MediaPaths.Normalize(PathParameter) is not { } path || await store.GetInfoAsync(path, cancellationToken) is null)
        {
            return NotFound();
        }

        MediaPath = path;
        Folders = await library.FoldersAsync(cancellationToken);
        UsedBy = await library.UsedByAsync(path, cancellationToken);
        return null;
    }
}
