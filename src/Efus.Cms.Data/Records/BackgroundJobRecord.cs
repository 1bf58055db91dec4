namespace Efus.Cms.Data.Records;

/// <summary>A row of <c>BackgroundJobs</c>: one long job's status, written by the node running it, read by any.</summary>
public sealed class BackgroundJobRecord
{
    public const int JsonLength = 100_000;

    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string StartedBy { get; set; } = "";

    public DateTime StartedUtc { get; set; }

    public string NodeId { get; set; } = "";

    public string State { get; set; } = "";

    public long Done { get; set; }

    public long Total { get; set; }

    public string? Stage { get; set; }

    public string? ResultJson { get; set; }

    public string? ErrorJson { get; set; }

    public DateTime HeartbeatUtc { get; set; }
}
