using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>Catches up with the task log every few seconds (changes made on other nodes, requests), then commits.</summary>
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
}
