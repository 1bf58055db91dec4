using System.Security.Claims;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Microsoft.Extensions.Options;

namespace Efus.Cms.Core.Media;

/// <summary>
/// The media library over the media store: folders (a file's path names its folders; empty folders
/// are kept in the <c>MediaFolders</c> document), checked uploads, deletes, and which items use a
/// file (read from the field index, where media fields index their paths). Uploads and deletes are
/// written to the audit trail with the file's path.
/// </summary>
public sealed class MediaLibrary(
    IMediaStore store,
    IDocumentStore documents,
    IContentStore content,
    IContentDefinitionManager definitions,
    IAuditTrail audit,
    IUnitOfWork unitOfWork,
    IOptions<MediaOptions> options,
    TimeProvider clock)
{
    public MediaOptions Options => options.Value;

    public async Task<MediaFolderView> BrowseAsync(string folder, string? search, CancellationToken cancellationToken = default)
    {
        var files = await store.ListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var needle = Slug.From(search);
            return new MediaFolderView(folder, [], [.. files.Where(f => Slug.From(f.Path).Contains(needle, StringComparison.Ordinal)).Take(200)]);
        }

        var folders = await AllFoldersAsync(files, cancellationToken);
        var prefix = folder.Length == 0 ? "" : folder + "/";
        var subfolders = folders.Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && f.Length > prefix.Length && !f[prefix.Length..].Contains('/'))
            .Order(StringComparer.Ordinal).ToList();
        return new MediaFolderView(folder, subfolders, [.. files.Where(f => MediaPaths.FolderOf(f.Path) == folder)]);
    }

    /// <summary>Every folder, from the files' paths and the empty folders document.</summary>
    public async Task<IReadOnlyList<string>> FoldersAsync(CancellationToken cancellationToken = default) =>
        [.. (await AllFoldersAsync(await store.ListAsync(cancellationToken), cancellationToken)).Order(StringComparer.Ordinal)];

    public async Task<bool> FolderExistsAsync(string folder, CancellationToken cancellationToken = default) =>
        folder.Length == 0 || (await FoldersAsync(cancellationToken)).Contains(folder);

    /// <summary>The new folder's path, or null when the name sanitises to nothing or the parent is not a folder.</summary>
    public async Task<string?> CreateFolderAsync(string parent, string? name, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var safe = MediaFileNames.SanitizeFolder(name);
        if (safe is null || !await FolderExistsAsync(parent, cancellationToken))
        {
            return null;
        }

        var path = MediaPaths.Combine(parent, safe);
        var document = await documents.GetAsync(DocumentNames.MediaFolders, cancellationToken) ?? [];
        var list = document["Folders"] as JsonArray ?? [];
        if (!list.Any(f => f?.GetValue<string>() == path))
        {
            list.Add(path);
        }

        document["Folders"] = new JsonArray([.. list.Select(f => (JsonNode?)f?.GetValue<string>()).OrderBy(f => f?.GetValue<string>(), StringComparer.Ordinal)]);
        await documents.SaveAsync(DocumentNames.MediaFolders, document, cancellationToken);
        await RecordAsync(user, AuditActions.MediaFolderCreated, path, cancellationToken);
        return path;
    }

    /// <summary>Checks and stores one uploaded file in <paramref name="folder"/>; a name already taken gets a number.</summary>
    public async Task<MediaUpload> UploadAsync(string folder, string? fileName, byte[] bytes, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var check = MediaUploadChecker.Check(fileName, bytes, Options.MaxFileBytes);
        if (!check.Accepted)
        {
            return new MediaUpload(fileName ?? "", null, check);
        }

        if (!await FolderExistsAsync(folder, cancellationToken))
        {
            return new MediaUpload(fileName ?? "", null, MediaCheck.Refuse(MediaRejection.InvalidFolder));
        }

        var path = await FreePathAsync(folder, check.FileName!, cancellationToken);
        await store.SaveAsync(path, bytes, cancellationToken);
        await RecordAsync(user, AuditActions.MediaUploaded, path, cancellationToken);
        return new MediaUpload(fileName ?? "", path, check);
    }

    public async Task<bool> DeleteAsync(string path, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await store.DeleteAsync(path, cancellationToken))
        {
            return false;
        }

        await RecordAsync(user, AuditActions.MediaDeleted, path, cancellationToken);
        return true;
    }

    /// <summary>
    /// Renames and/or moves a file in one transaction; the extension stays (the content was checked for it).
    /// Null with the reason when the name is unusable, the folder is missing or the target is taken.
    /// </summary>
    public async Task<(string? Path, MediaMoveProblem? Problem)> MoveAsync(string path, string folder, string? newName, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var name = MediaFileNames.Sanitize(newName);
        if (name is null)
        {
            return (null, MediaMoveProblem.InvalidName);
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!string.Equals(Path.GetExtension(name), extension, StringComparison.Ordinal))
        {
            name = Path.GetFileNameWithoutExtension(name) + extension;
        }

        if (!await FolderExistsAsync(folder, cancellationToken))
        {
            return (null, MediaMoveProblem.InvalidFolder);
        }

        var target = MediaPaths.Combine(folder, name);
        if (target == path)
        {
            return (target, null);
        }

        if (await store.GetInfoAsync(target, cancellationToken) is not null)
        {
            return (null, MediaMoveProblem.Taken);
        }

        if (await store.GetAsync(path, cancellationToken) is not { } file)
        {
            return (null, MediaMoveProblem.Missing);
        }

        await using (await unitOfWork.BeginAsync(cancellationToken))
        {
            await store.SaveAsync(target, file.Content, cancellationToken);
            await store.DeleteAsync(path, cancellationToken);
            await RecordAsync(user, AuditActions.MediaMoved, $"{path} → {target}", cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return (target, null);
    }

    /// <summary>Removes an empty folder from the document; false when it still holds files or folders.</summary>
    public async Task<bool> DeleteFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var view = await BrowseAsync(folder, null, cancellationToken);
        if (folder.Length == 0 || view.Files.Count > 0 || view.Subfolders.Count > 0)
        {
            return false;
        }

        var document = await documents.GetAsync(DocumentNames.MediaFolders, cancellationToken) ?? [];
        var kept = (document["Folders"] as JsonArray ?? []).Select(f => f?.GetValue<string>()).Where(f => f is not null && f != folder);
        document["Folders"] = new JsonArray([.. kept.Select(f => (JsonNode?)f)]);
        await documents.SaveAsync(DocumentNames.MediaFolders, document, cancellationToken);
        return true;
    }

    /// <summary>The items whose latest version has the file in one of its media fields.</summary>
    public async Task<IReadOnlyList<MediaUsage>> UsedByAsync(string path, CancellationToken cancellationToken = default)
    {
        var defs = await definitions.GetAsync(cancellationToken);
        var filters = defs.Types.Values
            .SelectMany(type => type.Parts.SelectMany(part => defs.FieldsOf(part)
                .Where(field => field.FieldName == FieldKinds.Media)
                .Select(field => (ContentFilter)new ContentFilter.Field(part.Name, field.Name, FieldValueKind.Text, FilterOperator.Equal, path))))
            .ToList();
        if (filters.Count == 0)
        {
            return [];
        }

        var page = await content.QueryAsync(new ContentQuery
        {
            Status = ContentStatus.Latest,
            Filter = new ContentFilter.Or(filters),
            OrderBy = ContentOrder.CreatedUtcDescending,
            Take = 50,
            IncludeTotal = false,
        }, cancellationToken);
        return [.. page.Items.Select(i => new MediaUsage(i.ContentItemId, i.ContentType, i.DisplayText ?? i.ContentItemId))];
    }

    private async Task<string> FreePathAsync(string folder, string name, CancellationToken cancellationToken)
    {
        var taken = (await store.ListAsync(cancellationToken)).Select(f => f.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var path = MediaPaths.Combine(folder, name);
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        for (var n = 2; taken.Contains(path); n++)
        {
            path = MediaPaths.Combine(folder, $"{stem}-{n}{extension}");
        }

        return path;
    }

    private async Task<HashSet<string>> AllFoldersAsync(IReadOnlyList<MediaFileInfo> files, CancellationToken cancellationToken)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            for (var folder = MediaPaths.FolderOf(file.Path); folder.Length > 0; folder = MediaPaths.FolderOf(folder))
            {
                folders.Add(folder);
            }
        }

        var document = await documents.GetAsync(DocumentNames.MediaFolders, cancellationToken);
        foreach (var folder in (document?["Folders"] as JsonArray ?? []).Select(f => f?.GetValue<string>()).OfType<string>())
        {
            for (var f = folder; f.Length > 0; f = MediaPaths.FolderOf(f))
            {
                folders.Add(f);
            }
        }

        return folders;
    }

    private Task RecordAsync(ClaimsPrincipal user, string action, string path, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEvent(clock.GetUtcNow().UtcDateTime, user.Identity?.Name, action, Details: path), cancellationToken);
}
