namespace Efus.Cms.Core.Storage;

/// <summary>What <see cref="IndexingLog.ReadAsync"/> found: tasks that filled holes below the cursor, and tasks after it.</summary>
public sealed record IndexingLogBatch(IReadOnlyList<IndexingTask> Late, IReadOnlyList<IndexingTask> Fresh, DateTime ReadUtc)
{
    public int Count => Late.Count + Fresh.Count;

    /// <summary>The items the tasks are about, each once.</summary>
    public IReadOnlyList<string> ContentItemIds => [.. Late.Concat(Fresh).Select(t => t.ContentItemId).Distinct(StringComparer.Ordinal)];

    /// <summary>Records the batch as processed: its late tasks fill their holes, its fresh ones move the position on.</summary>
    public void MoveCursor(IndexingCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        foreach (var task in Late)
        {
            cursor.Fill(task.Id);
        }

        cursor.Advance(Fresh.Select(t => t.Id), ReadUtc);
    }
}
