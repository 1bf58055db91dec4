namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>How far a rebuild or a catch-up has come: the last task id read, tasks and documents so far, and the time spent.</summary>
public sealed record IndexingProgress(string IndexName, long TaskId, long Tasks, long Documents, TimeSpan Elapsed)
{
    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? Tasks / Elapsed.TotalSeconds : 0;
}
