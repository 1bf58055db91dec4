using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Admin.Work;

/// <summary>
/// Runs the admin's long jobs (a recipe import, a reindex) in the background, each in its own DI scope,
/// and keeps their status in memory on this node for their page to show. A job that throws is marked
/// failed with its message; the host stopping cancels it.
/// </summary>
public sealed class WorkRegistry(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<WorkRegistry> logger)
{
    private const int Kept = 50;

    private readonly ConcurrentDictionary<string, WorkStatus> _jobs = new(StringComparer.Ordinal);

    public WorkStatus? Get(string id) => _jobs.GetValueOrDefault(id);

    public WorkStatus Start(WorkKind kind, string startedBy, object? input, Func<IServiceProvider, WorkStatus, CancellationToken, Task> body)
    {
        Prune();
        var status = new WorkStatus(Guid.NewGuid().ToString("n"), kind, startedBy, clock.GetUtcNow().UtcDateTime) { Input = input };
        _jobs[status.Id] = status;

        // The request's context (its HttpContext, its user) must not flow into a job that outlives it.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(status, body));
        }

        return status;
    }

    private async Task RunAsync(WorkStatus status, Func<IServiceProvider, WorkStatus, CancellationToken, Task> body)
    {
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
    }

    private void Prune()
    {
        foreach (var old in _jobs.Values.Where(j => j.Snapshot.State != WorkState.Running).OrderByDescending(j => j.StartedUtc).Skip(Kept).ToList())
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }
}
