namespace Efus.Cms.Core.Audit;

/// <summary>
/// Port: the audit trail. Writes join the scope's unit of work when one is open, so an action and
/// its audit entry commit together.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);

    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
