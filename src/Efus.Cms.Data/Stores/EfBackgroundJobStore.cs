using Efus.Cms.Core.Jobs;
using Efus.Cms.Data.Configurations;
using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Efus.Cms.Data.Stores;

/// <summary>The BackgroundJobs table: the running node replaces its job's row as it goes; any node reads it.</summary>
public sealed class EfBackgroundJobStore(CmsDbContext db) : IBackgroundJobStore
{
    public async Task SaveAsync(BackgroundJob job, CancellationToken cancellationToken = default)
    {
        var stage = Cut(job.Stage, ColumnLengths.Name);
        var updated = await db.BackgroundJobs.Where(r => r.Id == job.Id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, job.State)
                .SetProperty(r => r.Done, job.Done)
                .SetProperty(r => r.Total, job.Total)
                .SetProperty(r => r.Stage, stage)
                .SetProperty(r => r.ResultJson, job.ResultJson)
                .SetProperty(r => r.ErrorJson, job.ErrorJson)
                .SetProperty(r => r.HeartbeatUtc, Utc(job.HeartbeatUtc)), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        var record = new BackgroundJobRecord
        {
            Id = job.Id,
            Kind = job.Kind,
            StartedBy = Cut(job.StartedBy, ColumnLengths.Name)!,
            StartedUtc = Utc(job.StartedUtc),
            NodeId = Cut(job.NodeId, ColumnLengths.Name)!,
            State = job.State,
            Done = job.Done,
            Total = job.Total,
            Stage = stage,
            ResultJson = job.ResultJson,
            ErrorJson = job.ErrorJson,
            HeartbeatUtc = Utc(job.HeartbeatUtc),
        };
        db.BackgroundJobs.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    public async Task<BackgroundJob?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await db.BackgroundJobs.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new BackgroundJob(r.Id, r.Kind, r.StartedBy, r.StartedUtc, r.NodeId, r.State, r.Done, r.Total, r.Stage, r.ResultJson, r.ErrorJson, r.HeartbeatUtc))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<int> InterruptStaleAsync(DateTime heartbeatBeforeUtc, string state, string errorJson, CancellationToken cancellationToken = default)
    {
        var before = Utc(heartbeatBeforeUtc);
        return db.BackgroundJobs.Where(r => r.State == BackgroundJob.Running && r.HeartbeatUtc < before)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.State, state).SetProperty(r => r.ErrorJson, errorJson), cancellationToken);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
