namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>Where the indexes live and how the per-node indexer follows the task log.</summary>
public sealed class LuceneSearchOptions
{
    /// <summary>The data folder: indexes go to <c>Lucene/{IndexName}/</c>, the cursors to <c>lucene.status.json</c>.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>How often the background pass catches up with changes made by other nodes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Indexing tasks read per query.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// How long a hole in the task ids is watched. On PostgreSQL a task id is taken when the writing
    /// transaction inserts it but becomes visible when it commits, so ids appear out of order; a hole
    /// that is still empty after this long is taken as a rolled-back transaction.
    /// </summary>
    public TimeSpan GapTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Recent task ids treated as holes after a start or a swap (their transactions may still be open).</summary>
    public int RecentWindow { get; set; } = 200;

    /// <summary>Longest attachment text (PDF) added to an item's full text, in characters.</summary>
    public int MaxAttachmentTextLength { get; set; } = 200_000;

    /// <summary>Largest attachment read for its text, in bytes.</summary>
    public long MaxAttachmentBytes { get; set; } = 50L * 1024 * 1024;

    public string IndexesPath => Path.Combine(DataPath, "Lucene");

    public string StatusFilePath => Path.Combine(DataPath, "lucene.status.json");
}
