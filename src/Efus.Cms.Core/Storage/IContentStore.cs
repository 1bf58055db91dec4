using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Storage;

/// <summary>Port: content item versions as JSON with indexed columns, and the indexing-task log.</summary>
public interface IContentStore
{
    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>Every stored version of an item, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// The published versions of the items with their stamps; an item whose stamp is in <paramref name="heldStamps"/> comes
    /// without its content (the caller keeps a copy of that very version across requests: a taxonomy's terms).
    /// </summary>
    Task<IReadOnlyList<StampedItem>> GetPublishedStampedAsync(IReadOnlyCollection<string> contentItemIds, IReadOnlySet<string> heldStamps, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetByPathAsync(string path, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>The id of another item whose latest or published version uses the path, if any.</summary>
    Task<string?> FindPathOwnerAsync(string path, string exceptContentItemId, CancellationToken cancellationToken = default);

    Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The distinct non-empty values of a Text field over the published items of a type, in ordinal order, at most
    /// <paramref name="max"/> of them: what a listing offers as a filter's choices. Values longer than 255 characters
    /// are not choices (and are left out).
    /// </summary>
    Task<IReadOnlyList<string>> PublishedTextValuesAsync(string contentType, string part, string field, int max, CancellationToken cancellationToken = default);

    /// <summary>Latest and published versions of every item, ordered by creation: what an export holds.</summary>
    IAsyncEnumerable<ContentItem> StreamLatestAndPublishedAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes the change set atomically; throws <see cref="ContentConflictException"/> when a revision is stale.</summary>
    Task CommitAsync(ContentChangeSet changes, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IndexingTask>> ReadIndexingTasksAsync(long afterId, int count, CancellationToken cancellationToken = default);

    /// <summary>The highest task id in the log (0 when it is empty): where a follower that needs no past tasks starts.</summary>
    Task<long> LastIndexingTaskIdAsync(CancellationToken cancellationToken = default);
}
