using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Core.Scheduling;

/// <summary>Looks for due publications every <see cref="SchedulingOptions.PollInterval"/>, each pass in its own scope.</summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, SchedulingOptions options, TimeProvider clock, ILogger<ScheduledPublishingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().PublishDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The next tick tries again: a database briefly away must not stop scheduled publication for good.
                logger.LogError(exception, "Scheduled publication pass failed.");
            }
        }
    }
}
