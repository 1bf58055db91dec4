using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Efus.Cms.Search.Lucene.Documents;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>
/// Brings the documents of some content items up to date in one index: loads their published (or
/// latest, with IndexLatest) versions in one query, and for each item deletes its document then adds
/// the new one when the item is still there, of an indexed type and culture. Items are analyzed on
/// every core (the writer is thread-safe), one loop per core.
/// </summary>
public sealed class ContentIndexWriter(ContentDocumentBuilder builder)
{
    /// <returns>The number of documents written.</returns>
    public async Task<int> WriteAsync(LuceneIndex index, IReadOnlyCollection<string> contentItemIds, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (contentItemIds.Count == 0)
        {
            return 0;
        }

        var settings = index.Settings;
        var store = services.GetRequiredService<IContentStore>();
        var definitions = await services.GetRequiredService<IContentDefinitionManager>().GetAsync(cancellationToken);
        var items = await store.GetManyAsync(contentItemIds, settings.IndexLatest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken);
        var indexed = items.Where(item => Accepts(settings, item)).ToList();

        var attachmentPaths = indexed.SelectMany(item => builder.AttachmentPaths(item, definitions)).ToList();
        var attachments = attachmentPaths.Count == 0
            ? new Dictionary<string, string>()
            : await services.GetRequiredService<AttachmentTextReader>().ReadAsync(attachmentPaths, cancellationToken);

        var kept = indexed.Select(item => item.ContentItemId).ToHashSet(StringComparer.Ordinal);
        foreach (var id in contentItemIds.Where(id => !kept.Contains(id)))
        {
            index.Writer.DeleteDocuments(new Term(IndexingConstants.ContentItemId, id));
        }

        Write(index, indexed, definitions, attachments, cancellationToken);
        return indexed.Count;
    }

    /// <summary>Writes documents for items already loaded (the benchmark indexes generated items this way).</summary>
    public void Write(LuceneIndex index, IReadOnlyList<ContentItem> items, ContentDefinitions definitions,
        IReadOnlyDictionary<string, string> attachments, CancellationToken cancellationToken)
    {
        void WriteOne(ContentItem item)
        {
            var document = builder.Build(item, definitions, index.Settings, attachments, index.Analyzer);
            index.Writer.UpdateDocument(new Term(IndexingConstants.ContentItemId, item.ContentItemId), document);
        }

        if (items.Count < 16)
        {
            foreach (var item in items)
            {
                WriteOne(item);
            }

            return;
        }

        // One loop per core taking the next item, on threads of their own: Parallel.ForEach's replicas re-queue
        // themselves on the thread pool, whose idle workers spun waiting for them (a seventh of indexing CPU time).
        var next = -1;
        void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteOne(items[i]);
            }
        }

        var helpers = Enumerable.Range(1, Math.Min(Environment.ProcessorCount, items.Count / 8) - 1)
            .Select(_ => Task.Factory.StartNew(Work, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToList();
        try
        {
            Work();
        }
        finally
        {
            // Stop the helpers early when this loop failed, and never return while one still writes.
            Interlocked.Exchange(ref next, items.Count);
            Task.WaitAll([.. helpers.Select(h => h.ContinueWith(_ => { }, TaskScheduler.Default))]);
        }

        // A helper's failure (the loop above succeeded).
        foreach (var helper in helpers.Where(h => h.IsFaulted || h.IsCanceled))
        {
            helper.GetAwaiter().GetResult();
        }
    }

    /// <summary>Only published content (latest with IndexLatest), of an indexed type and culture.</summary>
    public static bool Accepts(LuceneIndexSettings settings, ContentItem item) =>
        (settings.IndexLatest ? item.Latest : item.Published)
        && settings.IndexesType(item.ContentType)
        && settings.IndexesCulture(item.Part(WellKnownParts.Localization)?["Culture"].AsString());
}
