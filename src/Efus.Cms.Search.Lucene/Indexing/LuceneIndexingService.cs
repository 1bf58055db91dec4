using System.Diagnostics;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>
/// The per-node indexer (singleton): follows the indexing-task log from each index's cursor, in
/// batches, one batch at a time in the whole process. It runs after each commit (so a change is
/// searchable when the request that made it returns), on a timer (changes made by other nodes), at
/// start-up (before the site reports ready), and for rebuilds and resets.
/// </summary>
public sealed class LuceneIndexingService(
    LuceneIndexManager indexes,
    ContentIndexWriter writer,
    IndexGenerations generations,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<LuceneIndexingService> logger) : IDisposable
{
    // Our own document writes (clearing a request) call the commit listeners again.
    private static readonly AsyncLocal<bool> _inPass = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _rebuildsLock = new();
    private readonly Dictionary<string, Task> _rebuilds = new(StringComparer.Ordinal);

    private LuceneSearchOptions Options => indexes.Options;

    /// <summary>
    /// Processes new tasks until there are none left, or <paramref name="maxBatches"/> batches (the
    /// rest is left to the timer). Returns at once when called from inside a pass.
    /// </summary>
    public async Task CatchUpAsync(int? maxBatches = null, CancellationToken cancellationToken = default)
    {
        if (_inPass.Value)
        {
            return;
        }

        for (var batch = 0; maxBatches is null || batch < maxBatches; batch++)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                _inPass.Value = true;
                if ((await RunBatchAsync(cancellationToken)).Tasks == 0)
                {
                    return;
                }
            }
            finally
            {
                _inPass.Value = false;
                _gate.Release();
            }
        }
    }

    /// <summary>Makes every index's writes durable and records the cursors (the timer calls it after catching up).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var settings in await ReadSettingsAsync(scope.ServiceProvider, cancellationToken))
            {
                if (indexes.OpenIndex(settings.Name) is { } index)
                {
                    indexes.Commit(index);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Builds the index again from the first task in a side folder while searches keep answering from
    /// the live one, then swaps it in. Returns false when the live index belongs to another process,
    /// which swaps the new one in at its next pass.
    /// </summary>
    /// <exception cref="ArgumentException">No index has that name.</exception>
    public Task<bool> RebuildAsync(string indexName, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RebuildAsync(indexName, adoptedGeneration: null, progress, cancellationToken);

    /// <param name="adoptedGeneration">
    /// The generation of another node's rebuild that this one follows; null for a rebuild asked here, which
    /// gets a new generation that the other nodes follow.
    /// </param>
    private async Task<bool> RebuildAsync(string indexName, string? adoptedGeneration, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        LuceneIndexSettings settings;
        await using (var scope = scopes.CreateAsyncScope())
        {
            settings = (await ReadSettingsAsync(scope.ServiceProvider, cancellationToken)).FirstOrDefault(s => s.Name == indexName)
                ?? throw new ArgumentException($"There is no search index named '{indexName}'.", nameof(indexName));
        }

        var stopwatch = Stopwatch.StartNew();
        var side = indexes.CreateRebuild(settings);
        long tasks = 0, documents = 0;
        try
        {
            while (true)
            {
                IndexingBatch batch;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    batch = await ProcessBatchAsync(side, scope.ServiceProvider, cancellationToken);
                }

                if (batch.Tasks == 0)
                {
                    break;
                }

                tasks += batch.Tasks;
                documents += batch.Documents;
                progress?.Report(new IndexingProgress(settings.Name, side.Cursor.Position, tasks, documents, stopwatch.Elapsed));
            }
        }
        catch
        {
            side.Dispose();
            throw;
        }

        var generation = adoptedGeneration ?? IndexGenerations.NewGeneration();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var swapped = indexes.CompleteRebuild(side);
            generations.SetLocal(settings.Name, new IndexBuild(generation, IndexGenerations.Definition(settings)));
            logger.LogInformation("Rebuilt search index {Index}: {Tasks} tasks, {Documents} documents in {Elapsed}.", settings.Name, tasks, documents, stopwatch.Elapsed);
            if (adoptedGeneration is null)
            {
                // The other nodes see the new generation at their next pass and rebuild too. Recorded
                // after this node's own file (a site sharing this data folder does not rebuild again), and
                // inside the gate, so that no pass of this process sees the file and the database differ.
                _inPass.Value = true;
                await using var scope = scopes.CreateAsyncScope();
                await IndexGenerations.PublishAsync(scope.ServiceProvider.GetRequiredService<IDocumentStore>(), settings.Name, generation, cancellationToken);
            }

            return swapped;
        }
        finally
        {
            _inPass.Value = false;
            _gate.Release();
        }
    }

    /// <summary>Sets the cursor back to 0 (documents are kept and replaced as the tasks are processed again).</summary>
    /// <returns>False when the index belongs to another process: the request is recorded for it.</returns>
    public async Task<bool> ResetAsync(string indexName, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var settings = (await ReadSettingsAsync(scope.ServiceProvider, cancellationToken)).FirstOrDefault(s => s.Name == indexName)
                ?? throw new ArgumentException($"There is no search index named '{indexName}'.", nameof(indexName));
            if (indexes.GetIndex(settings) is { } index)
            {
                indexes.Reset(index);
                return true;
            }

            _inPass.Value = true;
            await RecordRequestAsync(scope.ServiceProvider, "Reset", indexName, cancellationToken);
            return false;
        }
        finally
        {
            _inPass.Value = false;
            _gate.Release();
        }
    }

    /// <summary>The rebuilds started from recorded requests that are still running.</summary>
    public Task WaitForRebuildsAsync()
    {
        lock (_rebuildsLock)
        {
            return Task.WhenAll(_rebuilds.Values);
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<IndexingBatch> RunBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var all = await ReadSettingsAsync(services, cancellationToken);
        await ApplyRequestsAsync(services, all, cancellationToken);
        await FollowRebuildsAsync(services, all, cancellationToken);

        var total = new IndexingBatch(0, 0);
        foreach (var settings in all)
        {
            if (indexes.HasPendingSwap(settings.Name))
            {
                indexes.TrySwap(settings);
            }

            if (indexes.GetIndex(settings) is not { } index)
            {
                continue;
            }

            var batch = await ProcessBatchAsync(index, services, cancellationToken);
            if (batch.Tasks > 0)
            {
                index.Refresh();
            }

            total = new IndexingBatch(total.Tasks + batch.Tasks, total.Documents + batch.Documents);
        }

        return total;
    }

    /// <summary>One batch for one index: tasks that filled holes, then new tasks after the cursor.</summary>
    private async Task<IndexingBatch> ProcessBatchAsync(LuceneIndex index, IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IContentStore>();
        var batch = await IndexingLog.ReadAsync(store, index.Cursor, Options.BatchSize, Options.GapTimeout, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (batch.Count == 0)
        {
            return new IndexingBatch(0, 0);
        }

        var documents = await writer.WriteAsync(index, batch.ContentItemIds, services, cancellationToken);
        batch.MoveCursor(index.Cursor);
        return new IndexingBatch(batch.Count, documents);
    }

    private async Task ApplyRequestsAsync(IServiceProvider services, IReadOnlyList<LuceneIndexSettings> all, CancellationToken cancellationToken)
    {
        var documents = services.GetRequiredService<IDocumentStore>();
        var requests = await documents.GetAsync(DocumentNames.LuceneIndexRequests, cancellationToken);
        if (requests is null || requests.Count == 0)
        {
            return;
        }

        var reset = requests["Reset"].AsStrings();
        var rebuild = requests["Rebuild"].AsStrings();
        if (reset.Count == 0 && rebuild.Count == 0)
        {
            return;
        }

        foreach (var settings in all.Where(s => reset.Contains(s.Name)))
        {
            if (indexes.GetIndex(settings) is { } index)
            {
                logger.LogInformation("Resetting search index {Index} as requested.", settings.Name);
                indexes.Reset(index);
            }
        }

        foreach (var settings in all.Where(s => rebuild.Contains(s.Name)))
        {
            StartRebuild(settings.Name);
        }

        // Another node may have taken them meanwhile; clearing twice is harmless.
        await documents.SaveAsync(DocumentNames.LuceneIndexRequests, new JsonObject { ["Rebuild"] = new JsonArray(), ["Reset"] = new JsonArray() }, cancellationToken);
    }

    // Another node rebuilt an index, or its definition changed: rebuild here too (in the background,
    // searches keep answering from the live index). A node that never recorded how its index was built
    // (its first start) adopts the current generation and definition as they are.
    private async Task FollowRebuildsAsync(IServiceProvider services, IReadOnlyList<LuceneIndexSettings> all, CancellationToken cancellationToken)
    {
        JsonObject? shared = null;
        foreach (var settings in all)
        {
            if (indexes.GetIndex(settings) is null)
            {
                continue;
            }

            shared ??= await services.GetRequiredService<IDocumentStore>().GetAsync(IndexGenerations.DocumentName, cancellationToken) ?? [];
            var current = new IndexBuild(shared[settings.Name].AsString() ?? "", IndexGenerations.Definition(settings));
            var local = generations.Local(settings.Name);
            if (local is null)
            {
                generations.SetLocal(settings.Name, current);
            }
            else if (local != current)
            {
                StartRebuild(settings.Name, current.Generation);
            }
        }
    }

    private void StartRebuild(string name, string? adoptedGeneration = null)
    {
        lock (_rebuildsLock)
        {
            if (_rebuilds.TryGetValue(name, out var running) && !running.IsCompleted)
            {
                return;
            }

            logger.LogInformation("Rebuilding search index {Index} as requested.", name);
            _rebuilds[name] = Task.Run(async () =>
            {
                try
                {
                    await RebuildAsync(name, adoptedGeneration, progress: null, CancellationToken.None);
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "Rebuilding search index {Index} failed; the live index is unchanged.", name);
                }
            });
        }
    }

    private static async Task RecordRequestAsync(IServiceProvider services, string kind, string indexName, CancellationToken cancellationToken)
    {
        var documents = services.GetRequiredService<IDocumentStore>();
        var requests = await documents.GetAsync(DocumentNames.LuceneIndexRequests, cancellationToken) ?? [];
        var names = requests[kind].AsStrings().Append(indexName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        requests[kind] = new JsonArray([.. names.Select(n => (JsonNode)JsonValue.Create(n))]);
        await documents.SaveAsync(DocumentNames.LuceneIndexRequests, requests, cancellationToken);
    }

    /// <summary>Every index definition, as this node keeps them (<see cref="LuceneIndexDefinitions"/>).</summary>
    public static async Task<IReadOnlyList<LuceneIndexSettings>> ReadSettingsAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        (await services.GetRequiredService<DocumentCache<LuceneIndexDefinitions>>().GetAsync(services.GetRequiredService<IDocumentStore>(), cancellationToken)).All;
}
