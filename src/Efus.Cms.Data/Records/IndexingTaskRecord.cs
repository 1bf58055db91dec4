using Efus.Cms.Core.Storage;

namespace Efus.Cms.Data.Records;

/// <summary>An entry of the append-only log that search indexes follow; ids only grow.</summary>
public sealed class IndexingTaskRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public IndexingTaskType Type { get; set; }

    public DateTime CreatedUtc { get; set; }
}
