namespace Efus.Cms.Core.Audit;

/// <summary>One entry of the audit trail: who did what, to which item, when. Never holds a secret.</summary>
public sealed record AuditEvent(
    DateTime Utc,
    string? UserName,
    string Action,
    string? ContentItemId = null,
    string? ContentType = null,
    string? Details = null)
{
    /// <summary>The store's id; 0 until recorded.</summary>
    public long Id { get; init; }
}
