using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Storage;

/// <summary>
/// Everything one content operation writes: versions to insert or update (each update must carry
/// the revision it read), versions to delete, and the indexing task. The store writes it atomically.
/// </summary>
public sealed record ContentChangeSet(
    string ContentItemId,
    IReadOnlyList<ContentItem> Saves,
    IReadOnlyList<ContentItem> Deletes,
    IndexingTaskType TaskType);
