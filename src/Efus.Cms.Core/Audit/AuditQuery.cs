namespace Efus.Cms.Core.Audit;

/// <summary>A page of the audit trail, newest first, filtered in the database.</summary>
public sealed record AuditQuery
{
    public string? UserName { get; init; }

    public string? Action { get; init; }

    public string? ContentItemId { get; init; }

    public DateTime? FromUtc { get; init; }

    /// <summary>Exclusive upper bound.</summary>
    public DateTime? ToUtc { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}
