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

    private readonly Lock _gate = new();
    private Task? _lastFlush;

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

        // The host may be stopped twice at once (a test factory stops it while the app's own Run
        // stops it too, then disposes the services): every caller waits for the same last write, so
        // none returns while it is still running.
        Task lastFlush;
        lock (_gate)
        {
            lastFlush = _lastFlush ??= LastFlushAsync();
        }

        await lastFlush;
    }

    // One short write, not cut by the host's shutdown timeout; a failed one is tried once more (its
    // counts went back to the buffer), since nothing flushes after this.
    private async Task LastFlushAsync()
    {
        if (!await FlushAsync(CancellationToken.None))
        {
            await FlushAsync(CancellationToken.None);
        }
    }

    /// <summary>False when the write failed (its counts wait in the buffer for the next flush).</summary>
    private async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await log.FlushAsync(cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception)
        {
            // Statistics are not worth failing over: the counts are tried again at the next flush.
            logger.LogWarning(exception, "Search statistics could not be written.");
            return false;
        }
    }
}
