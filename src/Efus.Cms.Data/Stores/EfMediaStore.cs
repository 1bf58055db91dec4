using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Efus.Cms.Data.Stores;

/// <summary>Media files as rows, so that a recipe's media commit with its content.</summary>
public sealed class EfMediaStore(CmsDbContext db, EfUnitOfWork unitOfWork, TimeProvider clock) : IMediaStore
{
    public async Task SaveAsync(string path, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.MediaFiles.Where(m => m.Path == path).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Content, content)
            .SetProperty(m => m.Length, content.LongLength)
            .SetProperty(m => m.ModifiedUtc, now), cancellationToken);
        if (updated == 0)
        {
            var entry = db.MediaFiles.Add(new MediaFileRecord { Path = path, Content = content, Length = content.LongLength, ModifiedUtc = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                entry.State = EntityState.Detached;
            }
        }

        await unitOfWork.AfterWriteAsync(cancellationToken);
    }

    public Task<MediaFile?> GetAsync(string path, CancellationToken cancellationToken = default) =>
        db.MediaFiles.AsNoTracking().Where(m => m.Path == path)
            .Select(m => new MediaFile(m.Path, m.Content, m.ModifiedUtc))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<MediaFileInfo?> GetInfoAsync(string path, CancellationToken cancellationToken = default) =>
        db.MediaFiles.AsNoTracking().Where(m => m.Path == path)
            .Select(m => new MediaFileInfo(m.Path, m.Length, m.ModifiedUtc))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<MediaFileInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.MediaFiles.AsNoTracking().OrderBy(m => m.Path)
            .Select(m => new MediaFileInfo(m.Path, m.Length, m.ModifiedUtc))
            .ToListAsync(cancellationToken);

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var deleted = await db.MediaFiles.Where(m => m.Path == path).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            await unitOfWork.AfterWriteAsync(cancellationToken);
        }

        return deleted > 0;
    }
}
