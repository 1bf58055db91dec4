namespace Efus.Cms.Core.Jobs;

/// <summary>Port: the long jobs' status, shared by every node on the database (table <c>BackgroundJobs</c>).</summary>
public interface IBackgroundJobStore
{
    /// <summary>Inserts the job or replaces its row.</summary>
    Task SaveAsync(BackgroundJob job, CancellationToken cancellationToken = default);

    Task<BackgroundJob?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Marks running jobs whose heartbeat is older than <paramref name="heartbeatBeforeUtc"/> as <paramref name="state"/> with <paramref name="errorJson"/>; returns how many.</summary>
    Task<int> InterruptStaleAsync(DateTime heartbeatBeforeUtc, string state, string errorJson, CancellationToken cancellationToken = default);
}
