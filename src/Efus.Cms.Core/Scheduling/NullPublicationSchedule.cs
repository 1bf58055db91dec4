namespace Efus.Cms.Core.Scheduling;

/// <summary>Fills the port when no store is registered (a store's AddEfusDataCore replaces it): nothing is ever due.</summary>
public sealed class NullPublicationSchedule : IPublicationSchedule
{
    public Task SetAsync(string contentItemId, DateTime? scheduledUtc, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<string>> ClaimDueAsync(DateTime nowUtc, string claimant, DateTime claimUntilUtc, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task CompleteAsync(string contentItemId, string claimant, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task FailAsync(string contentItemId, string claimant, string reason, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<ScheduledPublication?> GetAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        Task.FromResult<ScheduledPublication?>(null);

    public Task<IReadOnlyList<ScheduledPublication>> ListAsync(int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ScheduledPublication>>([]);
}
