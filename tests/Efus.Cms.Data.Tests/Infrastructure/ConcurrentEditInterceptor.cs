using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Efus.Cms.Data.Tests.Infrastructure;

/// <summary>
/// Simulates another writer that changes a version between the store's revision check and its
/// SaveChanges, so the concurrency token itself is what refuses the write.
/// </summary>
public sealed class ConcurrentEditInterceptor : SaveChangesInterceptor
{
    public string? BumpVersionIdBeforeNextSave { get; set; }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (BumpVersionIdBeforeNextSave is { } versionId && eventData.Context is { } context)
        {
            BumpVersionIdBeforeNextSave = null;
            await context.Database.ExecuteSqlAsync(
                $"""UPDATE "ContentItems" SET "Revision" = "Revision" + 1 WHERE "ContentItemVersionId" = {versionId}""", cancellationToken);
        }

        return result;
    }
}
