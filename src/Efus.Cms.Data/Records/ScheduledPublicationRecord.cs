namespace Efus.Cms.Data.Records;

/// <summary>An item waiting for its publication time, and which node holds it (until when) while publishing it.</summary>
public sealed class ScheduledPublicationRecord
{
    public const int FailureLength = 2000;

    public string ContentItemId { get; set; } = "";

    public DateTime ScheduledUtc { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    /// <summary>Why the publication failed when it was due (validation); such a row is not claimed again until the item is saved.</summary>
    public string? Failure { get; set; }
}
