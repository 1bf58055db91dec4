namespace Efus.Cms.Core.Scheduling;

/// <summary>
/// Port: the items waiting for their scheduled publication, one row per item, shared by every node
/// on the database. A node claims a due row atomically before publishing it, so two nodes never
/// publish the same item; a claim expires, so a node that stopped mid-way does not block it forever.
/// </summary>
public interface IPublicationSchedule
{
    /// <summary>Records (or moves) the item's publication time, dropping any claim; null removes the row.</summary>
    Task SetAsync(string contentItemId, DateTime? scheduledUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> rows due at <paramref name="nowUtc"/> that nobody holds (or whose
    /// claim expired) for <paramref name="claimant"/> until <paramref name="claimUntilUtc"/>; returns their item ids.
    /// </summary>
    Task<IReadOnlyList<string>> ClaimDueAsync(DateTime nowUtc, string claimant, DateTime claimUntilUtc, int max, CancellationToken cancellationToken = default);

    /// <summary>Removes the row if <paramref name="claimant"/> still holds it.</summary>
    Task CompleteAsync(string contentItemId, string claimant, CancellationToken cancellationToken = default);

    /// <summary>Every scheduled item, soonest first.</summary>
    Task<IReadOnlyList<ScheduledPublication>> ListAsync(int max, CancellationToken cancellationToken = default);
}
