using Efus.Cms.Core.Audit;
using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Efus.Cms.Data.Stores;

/// <summary>The audit trail in the AuditEvents table; a write joins the scope's open transaction, if any.</summary>
public sealed class EfAuditTrail(CmsDbContext db) : IAuditTrail
{
    // Column limits: a long title in the details is cut rather than refused.
    private const int MaxDetails = 1000;

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        var record = new AuditEventRecord
        {
            Utc = auditEvent.Utc,
            UserName = Cut(auditEvent.UserName, Configurations.ColumnLengths.Name),
            Action = Cut(auditEvent.Action, Configurations.ColumnLengths.Name) ?? "",
            ContentItemId = Cut(auditEvent.ContentItemId, Configurations.ColumnLengths.Id),
            ContentType = Cut(auditEvent.ContentType, Configurations.ColumnLengths.Name),
            Details = Cut(auditEvent.Details, MaxDetails),
        };
        db.AuditEvents.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take);
        var records = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var userName = query.UserName.Trim();
            records = records.Where(r => r.UserName == userName);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            records = records.Where(r => r.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.ContentItemId))
        {
            records = records.Where(r => r.ContentItemId == query.ContentItemId);
        }

        if (query.FromUtc is { } from)
        {
            records = records.Where(r => r.Utc >= from);
        }

        if (query.ToUtc is { } to)
        {
            records = records.Where(r => r.Utc < to);
        }

        var total = await records.CountAsync(cancellationToken);
        var rows = total <= query.Skip || query.Take == 0
            ? []
            : await records.OrderByDescending(r => r.Utc).ThenByDescending(r => r.Id).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return new AuditPage([.. rows.Select(r => new AuditEvent(r.Utc, r.UserName, r.Action, r.ContentItemId, r.ContentType, r.Details) { Id = r.Id })], total);
    }

    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
