using Efus.Cms.Core.Scheduling;
using Efus.Cms.Data.Configurations;
using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Efus.Cms.Data.Stores;

/// <summary>
/// The ScheduledPublications table. A claim is one conditional UPDATE per row (due, and free or
/// expired): the database lets one writer win, so on SQLite or PostgreSQL two nodes never both hold it.
/// </summary>
public sealed class EfPublicationSchedule(CmsDbContext db) : IPublicationSchedule
{
    public async Task SetAsync(string contentItemId, DateTime? scheduledUtc, CancellationToken cancellationToken = default)
    {
        if (scheduledUtc is null)
        {
            await db.ScheduledPublications.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        var utc = DateTime.SpecifyKind(scheduledUtc.Value, DateTimeKind.Utc);
        var moved = await db.ScheduledPublications.Where(r => r.ContentItemId == contentItemId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.ScheduledUtc, utc)
                .SetProperty(r => r.ClaimedBy, (string?)null)
                .SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null)
                .SetProperty(r => r.Failure, (string?)null), cancellationToken);
        if (moved == 0)
        {
            var record = new ScheduledPublicationRecord { ContentItemId = contentItemId, ScheduledUtc = utc };
            db.ScheduledPublications.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.Entry(record).State = EntityState.Detached;
            }
        }
    }

    public async Task<IReadOnlyList<string>> ClaimDueAsync(DateTime nowUtc, string claimant, DateTime claimUntilUtc, int max, CancellationToken cancellationToken = default)
    {
        var holder = claimant.Length <= ColumnLengths.Name ? claimant : claimant[..ColumnLengths.Name];
        var candidates = await db.ScheduledPublications.AsNoTracking()
            .Where(r => r.ScheduledUtc <= nowUtc && r.Failure == null && (r.ClaimedUntilUtc == null || r.ClaimedUntilUtc < nowUtc))
            .OrderBy(r => r.ScheduledUtc)
            .Select(r => r.ContentItemId)
            .Take(max)
            .ToListAsync(cancellationToken);
        var claimed = new List<string>();
        foreach (var id in candidates)
        {
            // The same condition again, in the UPDATE itself: whoever updates the row first has it.
            var won = await db.ScheduledPublications
                .Where(r => r.ContentItemId == id && r.ScheduledUtc <= nowUtc && r.Failure == null && (r.ClaimedUntilUtc == null || r.ClaimedUntilUtc < nowUtc))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.ClaimedBy, holder)
                    .SetProperty(r => r.ClaimedUntilUtc, claimUntilUtc), cancellationToken);
            if (won == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    public async Task CompleteAsync(string contentItemId, string claimant, CancellationToken cancellationToken = default)
    {
        var holder = claimant.Length <= ColumnLengths.Name ? claimant : claimant[..ColumnLengths.Name];
        await db.ScheduledPublications.Where(r => r.ContentItemId == contentItemId && r.ClaimedBy == holder).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task FailAsync(string contentItemId, string claimant, string reason, CancellationToken cancellationToken = default)
    {
        var holder = claimant.Length <= ColumnLengths.Name ? claimant : claimant[..ColumnLengths.Name];
        var failure = reason.Length <= ScheduledPublicationRecord.FailureLength ? reason : reason[..ScheduledPublicationRecord.FailureLength];
        await db.ScheduledPublications.Where(r => r.ContentItemId == contentItemId && r.ClaimedBy == holder)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Failure, failure)
                .SetProperty(r => r.ClaimedBy, (string?)null)
                .SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
    }

    public async Task<ScheduledPublication?> GetAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await db.ScheduledPublications.AsNoTracking().Where(r => r.ContentItemId == contentItemId)
            .Select(r => new ScheduledPublication(r.ContentItemId, r.ScheduledUtc, r.Failure))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ScheduledPublication>> ListAsync(int max, CancellationToken cancellationToken = default) =>
        [.. (await db.ScheduledPublications.AsNoTracking().OrderBy(r => r.ScheduledUtc).Take(max).ToListAsync(cancellationToken))
            .Select(r => new ScheduledPublication(r.ContentItemId, r.ScheduledUtc, r.Failure))];
}
