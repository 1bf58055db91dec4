using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Admin.Media;
using Efus.Cms.Core.Media;
using Efus.Cms.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Media;

/// <summary>
/// The media library: a folder's subfolders and files, a search by name, uploads of several files
/// (each checked by content) and new folders. The content editor's picker uploads through
/// <see cref="OnPostJsonAsync"/>.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(MediaLibrary library, MediaPermissions permissions) : AdminPageModel
{
    /// <summary>Room for several files at the size limit; each file is then checked against the limit itself.</summary>
    public const long MaxRequestBytes = 256L * 1024 * 1024;

    [BindProperty(SupportsGet = true, Name = "folder")]
    public string? FolderParameter { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty]
    public string? NewFolder { get; set; }

    public string Folder { get; private set; } = "";

    public MediaFolderView View { get; private set; } = new(string.Empty, [], []);

    public bool CanManage { get; private set; }

    public IReadOnlyList<string> UploadErrors { get; private set; } = [];

    public IReadOnlyList<string> FolderErrors { get; private set; } = [];

    public (string Id, IReadOnlyList<string> Errors) FolderErrorBlock => ("NewFolder", FolderErrors);

    /// <summary>When some files of an upload were stored and others refused.</summary>
    public string? StoredMessage { get; private set; }

    public long MaxFileBytes => library.Options.MaxFileBytes;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile>? files, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (files is null || files.Count == 0)
        {
            return await ShowAsync([T["Choisissez au moins un fichier."]], [], cancellationToken);
        }

        var errors = new List<string>();
        var stored = new List<string>();
        foreach (var file in files)
        {
            var upload = await UploadAsync(file, cancellationToken);
            if (upload.Stored)
            {
                stored.Add(upload.Path!);
            }
            else
            {
                errors.Add(MediaMessages.Describe(upload, T, MaxFileBytes));
            }
        }

        if (errors.Count > 0)
        {
            if (stored.Count > 0)
            {
                StoredMessage = T["{0} fichier(s) téléversé(s).", stored.Count];
            }

            return await ShowAsync(errors, [], cancellationToken);
        }

        Notify(T["{0} fichier(s) téléversé(s).", stored.Count]);
        return Redirect(FolderUrl(Folder));
    }

    /// <summary>One file from the content editor's picker; answers <c>{ path }</c> or 400 <c>{ error }</c>, never a page.</summary>
    public async Task<IActionResult> OnPostJsonAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (file is null)
        {
            return BadRequest(new { error = T["Choisissez au moins un fichier."] });
        }

        var upload = await UploadAsync(file, cancellationToken);
        return upload.Stored
            ? new JsonResult(new { path = upload.Path })
            : BadRequest(new { error = MediaMessages.Describe(upload, T, MaxFileBytes) });
    }

    public async Task<IActionResult> OnPostFolderAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanManage)
        {
            return Denied();
        }

        var path = await library.CreateFolderAsync(Folder, NewFolder, User, cancellationToken);
        if (path is null)
        {
            return await ShowAsync([], [T["Donnez au dossier un nom fait de lettres ou de chiffres."]], cancellationToken);
        }

        Notify(T["Le dossier « {0} » est créé.", path]);
        return Redirect(FolderUrl(path));
    }

    public async Task<IActionResult> OnPostDeleteFolderAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanManage)
        {
            return Denied();
        }

        if (!await library.DeleteFolderAsync(Folder, cancellationToken))
        {
            return await ShowAsync([], [T["Seul un dossier vide peut être supprimé."]], cancellationToken);
        }

        Notify(T["Le dossier « {0} » est supprimé.", Folder]);
        return Redirect(FolderUrl(MediaPaths.FolderOf(Folder)));
    }

    public static string FolderUrl(string folder) => folder.Length == 0 ? "/admin/media" : "/admin/media?folder=" + Uri.EscapeDataString(folder);

    /// <summary>The folder's ancestors, root first, for the breadcrumb.</summary>
    public IReadOnlyList<string> Ancestors()
    {
        var list = new List<string>();
        for (var f = MediaPaths.FolderOf(Folder); f.Length > 0; f = MediaPaths.FolderOf(f))
        {
            list.Insert(0, f);
        }

        return list;
    }

    private async Task<MediaUpload> UploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        // Refused before reading: a file past the limit is never held in memory.
        if (file.Length > MaxFileBytes)
        {
            return new MediaUpload(file.FileName, null, MediaCheck.Refuse(MediaRejection.TooLarge));
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return await library.UploadAsync(Folder, file.FileName, buffer.ToArray(), User, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(IReadOnlyList<string> uploadErrors, IReadOnlyList<string> folderErrors, CancellationToken cancellationToken)
    {
        UploadErrors = uploadErrors;
        FolderErrors = folderErrors;
        View = await library.BrowseAsync(Folder, Search, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await permissions.CanUseAsync(User, cancellationToken))
        {
            return Denied();
        }

        CanManage = await permissions.CanManageAsync(User, cancellationToken);
        if (MediaPaths.NormalizeFolder(FolderParameter) is not { } folder || !await library.FolderExistsAsync(folder, cancellationToken))
        {
            return NotFound();
        }

        Folder = folder;
        if (HttpMethods.IsGet(Request.Method))
        {
            View = await library.BrowseAsync(Folder, Search, cancellationToken);
        }

        return null;
    }
}
