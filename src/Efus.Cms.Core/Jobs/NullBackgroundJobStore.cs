namespace Efus.Cms.Core.Jobs;

/// <summary>Fills the port when no store is registered (a store's AddEfusDataCore replaces it): jobs live in memory only.</summary>
public sealed class NullBackgroundJobStore : IBackgroundJobStore
{
    public Task SaveAsync(BackgroundJob job, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<BackgroundJob?> GetAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult<BackgroundJob?>(null);

    public Task<int> InterruptStaleAsync(DateTime heartbeatBeforeUtc, string state, string errorJson, CancellationToken cancellationToken = default) =>
        Task.FromResult(0);
}
