namespace Efus.Cms.Core.Audit;

public sealed record AuditPage(IReadOnlyList<AuditEvent> Events, int Total);
