using Efus.Cms.Core.Events;

namespace Efus.Cms.Core.Audit;

/// <summary>Every content change (editor, recipe, import) becomes an audit entry: the title and the version, no content.</summary>
public sealed class AuditTrailContentEventHandler(IAuditTrail trail, TimeProvider clock) : IContentEventHandler
{
    public Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken)
    {
        var item = contentEvent.Item;
        return trail.RecordAsync(new AuditEvent(
            clock.GetUtcNow().UtcDateTime,
            contentEvent.UserName,
            AuditActions.Of(contentEvent.Kind),
            item.ContentItemId,
            item.ContentType,
            Details: $"{item.DisplayText} (version {item.ContentItemVersionId})"), cancellationToken);
    }
}
