using System.Collections.Concurrent;
using Efus.Cms.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Admin.Work;

/// <summary>
/// Runs the admin's long jobs (a recipe import, a reindex) in the background, each in its own DI scope.
/// The node running a job keeps its live status in memory and writes it to the shared BackgroundJobs
/// table every <see cref="FlushInterval"/> (and at the end), from a scope of its own so that an import's
/// transaction neither hides nor holds it: any node's admin shows the job. A job that throws is marked
/// failed with its message; the host stopping cancels it and waits for it to record the interruption;
/// a running job whose node died (no heartbeat for <see cref="StaleAfter"/>) reads as interrupted.
/// </summary>
public sealed class WorkRegistry(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<WorkRegistry> logger) : IHostedService
{
    private const int Kept = 50;

    private readonly ConcurrentDictionary<string, WorkStatus> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);
    private readonly string _nodeId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public static TimeSpan FlushInterval { get; } = TimeSpan.FromSeconds(1);

    public static TimeSpan StaleAfter { get; } = TimeSpan.FromSeconds(30);

    /// <summary>This node's job (live), or another node's from the database, or null.</summary>
    public async Task<WorkStatus?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (_jobs.TryGetValue(id, out var local))
        {
            return local;
        }

        await using var scope = scopes.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>().GetAsync(id, cancellationToken);
        return stored is null ? null : WorkJournal.FromStored(stored, clock.GetUtcNow().UtcDateTime - StaleAfter);
    }

    /// <summary>This node's job only (what it keeps in memory, such as an uploaded recipe awaiting confirmation).</summary>
    public WorkStatus? GetLocal(string id) => _jobs.GetValueOrDefault(id);

    public WorkStatus Start(WorkKind kind, string startedBy, object? input, Func<IServiceProvider, WorkStatus, CancellationToken, Task> body)
    {
        Prune();
        var status = new WorkStatus(Guid.NewGuid().ToString("n"), kind, startedBy, clock.GetUtcNow().UtcDateTime) { Input = input };
        _jobs[status.Id] = status;

        // The request's context (its HttpContext, its user) must not flow into a job that outlives it.
        using (ExecutionContext.SuppressFlow())
        {
            _running[status.Id] = Task.Run(() => RunAsync(status, body));
        }

        return status;
    }

    /// <summary>Jobs left running by a node that stopped without saying so are marked interrupted.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>().InterruptStaleAsync(
                clock.GetUtcNow().UtcDateTime - StaleAfter, WorkState.Failed.ToString(), WorkJournal.ErrorJson(WorkJournal.NodeStopped), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not mark the interrupted admin jobs.");
        }
    }

    /// <summary>The host is stopping (jobs are cancelled): wait for them to record their interruption.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_running.Values).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Admin jobs still running at shutdown.");
        }
    }

    private async Task RunAsync(WorkStatus status, Func<IServiceProvider, WorkStatus, CancellationToken, Task> body)
    {
        using var flushing = new CancellationTokenSource();
        var flusher = FlushLoopAsync(status, flushing.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await body(scope.ServiceProvider, status, lifetime.ApplicationStopping);
            if (status.Snapshot.State == WorkState.Running)
            {
                status.Succeed(null);
            }
        }
        catch (OperationCanceledException)
        {
            status.Fail(new("Interrompu : le site s’est arrêté."));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Admin job {Kind} {Id} failed.", status.Kind, status.Id);
            status.Fail(new("Erreur inattendue : {0}", e.Message));
        }
        finally
        {
            await flushing.CancelAsync();
            await flusher;
            await SaveAsync(status, CancellationToken.None);
            _running.TryRemove(status.Id, out _);
        }
    }

    private async Task FlushLoopAsync(WorkStatus status, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await SaveAsync(status, cancellationToken);
                await Task.Delay(FlushInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended: the final state is written after this loop.
        }
    }

    private async Task SaveAsync(WorkStatus status, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>().SaveAsync(
                WorkJournal.ToStored(status, _nodeId, clock.GetUtcNow().UtcDateTime), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // SQLite: an import's transaction holds the write lock; the next pass writes again.
            logger.LogDebug(e, "Admin job {Id}: status not written this time.", status.Id);
        }
    }

    private void Prune()
    {
        foreach (var old in _jobs.Values.Where(j => j.Snapshot.State != WorkState.Running).OrderByDescending(j => j.StartedUtc).Skip(Kept).ToList())
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }
}
