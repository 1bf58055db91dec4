using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Core.Search;

/// <summary>
/// Writes the counted searches every <see cref="FlushInterval"/>, and what is left when the host stops
/// gracefully (a hard kill loses the counts of the last interval at most).
/// </summary>
public sealed class SearchLogFlushService(BufferedSearchLog log, ILogger<SearchLogFlushService> logger) : BackgroundService
{
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Not cancelled by the stop: a write cut halfway would lose its batch; StopAsync flushes after it.
            await FlushAsync(CancellationToken.None);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await log.FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // Statistics are not worth failing over: this batch is lost, the next ones are written.
            logger.LogWarning(exception, "Search statistics could not be written.");
        }
    }
}
