namespace Efus.Cms.Core.Storage;

/// <summary>
/// How a follower of the indexing-task log (each search index, each node's output cache) reads it: the
/// tasks that appeared in its cursor's holes, then the new ones after its position. The follower acts on
/// them, then calls <see cref="IndexingLogBatch.MoveCursor"/>.
/// </summary>
public static class IndexingLog
{
    public static async Task<IndexingLogBatch> ReadAsync(
        IContentStore store, IndexingCursor cursor, int batchSize, TimeSpan gapTimeout, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        cursor.Expire(now, gapTimeout);
        var late = new List<IndexingTask>();
        foreach (var gap in cursor.Gaps.ToList())
        {
            var size = (int)Math.Min(batchSize, gap.To - gap.From + 1);
            var rows = await store.ReadIndexingTasksAsync(gap.From - 1, size, cancellationToken);
            late.AddRange(rows.Where(t => t.Id <= gap.To));
        }

        var fresh = await store.ReadIndexingTasksAsync(cursor.Position, batchSize, cancellationToken);
        return new IndexingLogBatch(late, fresh, now);
    }
}
