namespace Efus.Cms.UrbanSecurity.Caching;

/// <summary>How each node's output cache follows the indexing-task log (changes written by every node).</summary>
public sealed class OutputCacheFollowerOptions
{
    /// <summary>How often the log is read: the longest a page changed on another node stays stale here.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Tasks read per query.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a hole in the task ids is watched (see <see cref="Core.Storage.IndexingCursor"/>).</summary>
    public TimeSpan GapTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Task ids below the last one at start-up watched as holes (transactions still open on other nodes).</summary>
    public int RecentWindow { get; set; } = 20;
}
