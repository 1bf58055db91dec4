using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.UrbanSecurity.Caching;

/// <summary>
/// Keeps this node's output cache in step with the changes every node writes: it follows the
/// indexing-task log with its own cursor (the log and cursor the search indexes follow) and evicts the
/// tags of each changed item, as <see cref="OutputCacheInvalidation"/> does for changes made here. A task
/// whose item is still at the version this node evicted itself is skipped (<see cref="LocalEvictions"/>):
/// evicting it again cost one render per page. Each pass that reads tasks moves the node's
/// <see cref="ContentGeneration"/>, so what the pages keep across requests follows other nodes' changes too.
/// </summary>
public sealed class OutputCacheFollower(
    IOutputCacheStore cache,
    ContentGeneration generation,
    LocalEvictions evictions,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    OutputCacheFollowerOptions options,
    ILogger<OutputCacheFollower> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IndexingCursor? _cursor;

    /// <summary>Starts at the end of the log (the cache is empty: no past task matters) before the server takes requests.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CatchUpAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The site still starts; the first tick sets the cursor (entries expire on their own meanwhile).
            logger.LogError(exception, "The output cache could not find the end of the task log at start-up.");
        }

        await base.StartAsync(cancellationToken);
    }

    /// <summary>Evicts the pages of every item changed since the last pass; returns the number of tasks read.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IContentStore>();
            if (_cursor is null)
            {
                _cursor = new IndexingCursor(await store.LastIndexingTaskIdAsync(cancellationToken), options.RecentWindow, clock.GetUtcNow().UtcDateTime);
                return 0;
            }

            var read = 0;
            while (true)
            {
                var batch = await IndexingLog.ReadAsync(store, _cursor, options.BatchSize, options.GapTimeout, clock.GetUtcNow().UtcDateTime, cancellationToken);
                if (batch.Count == 0)
                {
                    return read;
                }

                // Before evicting: a page rendered from now on reads what the tasks changed, and no kept value outlives them.
                generation.Advance();
                foreach (var tag in await TagsAsync(store, batch.ContentItemIds, cancellationToken))
                {
                    await cache.EvictByTagAsync(tag, cancellationToken);
                }

                batch.MoveCursor(_cursor);
                read += batch.Count;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The next tick tries again; entries expire on their own meanwhile (PublicPageCachePolicy.Expiration).
                logger.LogError(exception, "Following the task log for the output cache failed.");
            }
        }
    }

    private async Task<HashSet<string>> TagsAsync(IContentStore store, IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        var items = (await store.GetManyAsync(contentItemIds, VersionOptions.Latest, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        foreach (var id in contentItemIds)
        {
            // A removed item has no latest version left: its last stored one still says its type and set.
            var item = items.GetValueOrDefault(id) ?? await LastVersionAsync(store, id, cancellationToken);
            if (item is null)
            {
                tags.Add(CacheTags.Item(id));
                tags.Add(CacheTags.Public);
                continue;
            }

            if (!evictions.Evicted(item))
            {
                tags.UnionWith(OutputCacheInvalidation.TagsOf(item));
            }
        }

        return tags;
    }

    private static async Task<ContentItem?> LastVersionAsync(IContentStore store, string contentItemId, CancellationToken cancellationToken)
    {
        var versions = await store.GetVersionsAsync(contentItemId, cancellationToken);
        return versions.Count == 0 ? null : versions[^1];
    }
}
