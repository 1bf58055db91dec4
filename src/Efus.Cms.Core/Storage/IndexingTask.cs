namespace Efus.Cms.Core.Storage;

/// <summary>One entry of the append-only log that search indexes follow, written with each content change.</summary>
public sealed record IndexingTask(long Id, string ContentItemId, IndexingTaskType Type, DateTime CreatedUtc);
