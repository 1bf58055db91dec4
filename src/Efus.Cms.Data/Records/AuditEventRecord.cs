namespace Efus.Cms.Data.Records;

/// <summary>One entry of the audit trail: who did what to which item, and when.</summary>
public sealed class AuditEventRecord
{
    public long Id { get; set; }

    public DateTime Utc { get; set; }

    public string? UserName { get; set; }

    public string Action { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string? ContentType { get; set; }

    public string? Details { get; set; }
}
