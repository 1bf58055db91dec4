using System.Buffers;
using System.Collections.Concurrent;
using Efus.Cms.Recipes;
using Microsoft.Extensions.Options;

namespace Efus.Cms.Admin.Recipes;

/// <summary>
/// Uploaded recipes as temporary files in the uploads folder (under the data folder): an upload is copied
/// there as it arrives, checked against the recipe size limit on the way, so it is never held in memory,
/// and the dry run and the import read it token by token from there. A file lives until its import ends,
/// its dry run fails, or it has waited <see cref="WaitingLimit"/> for an import that never came (swept at
/// the next upload, with the files a stopped process left behind).
/// </summary>
public sealed class RecipeUploads(IOptions<AdminOptions> options, RecipeReader reader, TimeProvider clock)
{
    private const int ChunkBytes = 81_920;

    private readonly ConcurrentDictionary<string, RecipeUpload> _uploads = new(StringComparer.Ordinal);

    /// <summary>How long a checked recipe waits for its confirmed import.</summary>
    public static TimeSpan WaitingLimit { get; } = TimeSpan.FromHours(1);

    /// <summary>Copies <paramref name="content"/> into a new temporary file; a recipe over the limit is refused (<see cref="RecipeException"/>) and nothing is kept.</summary>
    public async Task<RecipeUpload> SaveAsync(Stream content, string fileName, bool skipUnsupported, CancellationToken cancellationToken)
    {
        Sweep();
        var folder = Directory.CreateDirectory(options.Value.UploadsFolder).FullName;
        var upload = new RecipeUpload(fileName, Path.Combine(folder, $"{Guid.NewGuid():n}.recipe.json"), skipUnsupported);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            await using var file = new FileStream(upload.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, ChunkBytes, FileOptions.Asynchronous);
            long length = 0;
            int read;
            while ((read = await content.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                length += read;
                reader.CheckSize(fileName, length);
                await file.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            }
        }
        catch
        {
            upload.Delete();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _uploads[upload.Path] = upload;
        return upload;
    }

    public void Delete(RecipeUpload upload)
    {
        _uploads.TryRemove(upload.Path, out _);
        upload.Delete();
    }

    private void Sweep()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - WaitingLimit;
        foreach (var upload in _uploads.Values)
        {
            if (upload.TryExpire(cutoff) || upload.IsDeleted)
            {
                _uploads.TryRemove(upload.Path, out _);
            }
        }

        var folder = new DirectoryInfo(options.Value.UploadsFolder);
        if (!folder.Exists)
        {
            return;
        }

        foreach (var file in folder.EnumerateFiles())
        {
            if (!_uploads.ContainsKey(file.FullName) && file.LastWriteTimeUtc < cutoff)
            {
                try
                {
                    file.Delete();
                }
                catch (IOException)
                {
                    // Gone already, or another process's: the next sweep tries again.
                }
            }
        }
    }
}
