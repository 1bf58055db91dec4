namespace Efus.Cms.Core.Audit;

/// <summary>Records nothing: the stand-in until a store registers the real trail.</summary>
public sealed class NullAuditTrail : IAuditTrail
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new AuditPage([], 0));
}
