namespace Efus.Cms.Data.Records;

/// <summary>An item waiting for its publication time, and which node holds it (until when) while publishing it.</summary>
public sealed class ScheduledPublicationRecord
{
    public string ContentItemId { get; set; } = "";

    public DateTime ScheduledUtc { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }
}
