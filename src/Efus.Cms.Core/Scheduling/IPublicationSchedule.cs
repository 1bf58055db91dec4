namespace Efus.Cms.Core.Scheduling;

/// <summary>
/// Port: the items waiting for their scheduled publication, one row per item, shared by every node
/// on the database. A node claims a due row atomically before publishing it, so two nodes never
/// publish the same item; a claim expires, so a node that stopped mid-way does not block it forever.
/// </summary>
public interface IPublicationSchedule
{
    /// <summary>Records (or moves) the item's publication time, dropping any claim and any failure; null removes the row.</summary>
    Task SetAsync(string contentItemId, DateTime? scheduledUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> rows due at <paramref name="nowUtc"/> that nobody holds (or whose
    /// claim expired) for <paramref name="claimant"/> until <paramref name="claimUntilUtc"/>; returns their item ids.
    /// </summary>
    Task<IReadOnlyList<string>> ClaimDueAsync(DateTime nowUtc, string claimant, DateTime claimUntilUtc, int max, CancellationToken cancellationToken = default);

    /// <summary>Removes the row if <paramref name="claimant"/> still holds it.</summary>
    Task CompleteAsync(string contentItemId, string claimant, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the row failed with <paramref name="reason"/> if <paramref name="claimant"/> still holds it: a failed row
    /// is no longer claimed, and stays (shown to the editors) until the item is saved again, which records it afresh.
    /// </summary>
    Task FailAsync(string contentItemId, string claimant, string reason, CancellationToken cancellationToken = default);

    /// <summary>The item's row, or null when it is not scheduled.</summary>
    Task<ScheduledPublication?> GetAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Every scheduled item, soonest first.</summary>
    Task<IReadOnlyList<ScheduledPublication>> ListAsync(int max, CancellationToken cancellationToken = default);
}
