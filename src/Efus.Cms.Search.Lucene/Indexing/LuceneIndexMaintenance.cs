using Efus.Cms.Core.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>The admin's port onto the Lucene rebuild (the same side-folder rebuild as the <c>reindex</c> command).</summary>
public sealed class LuceneIndexMaintenance(LuceneIndexingService indexing, IServiceScopeFactory scopes) : ISearchIndexMaintenance
{
    public async Task<IReadOnlyList<string>> IndexNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return [.. (await LuceneIndexingService.ReadSettingsAsync(scope.ServiceProvider, cancellationToken)).Select(s => s.Name)];
    }

    public Task<bool> RebuildAsync(string indexName, IProgress<IndexRebuildProgress> progress, CancellationToken cancellationToken = default) =>
        indexing.RebuildAsync(indexName, new Relay(progress), cancellationToken);

    private sealed class Relay(IProgress<IndexRebuildProgress> target) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value) =>
            target.Report(new IndexRebuildProgress(value.IndexName, value.Tasks, value.Documents, value.ItemsPerSecond));
    }
}
