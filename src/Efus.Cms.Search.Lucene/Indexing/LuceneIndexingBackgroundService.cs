using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>
/// Catches up with the task log every few seconds (changes made on other nodes, requests), then
/// commits; closes the indexes when the host stops.
/// </summary>
public sealed class LuceneIndexingBackgroundService(LuceneIndexingService indexing, LuceneIndexManager indexes, ILogger<LuceneIndexingBackgroundService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(indexes.Options.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await indexing.CatchUpAsync(cancellationToken: stoppingToken);
                await indexing.CommitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The next tick tries again; a database that is briefly away must not stop indexing for good.
                logger.LogError(exception, "Search indexing pass failed.");
            }
        }
    }

    // The indexes are committed and closed while the host stops, not later when the container is
    // disposed: whoever awaits StopAsync (a test deleting the data folder) sees finished files.
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        indexes.Dispose();
    }
}
