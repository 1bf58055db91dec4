namespace Efus.Cms.Core.Events;

/// <summary>Follows content changes (audit trail, output cache…). Search follows the indexing-task log instead.</summary>
public interface IContentEventHandler
{
    Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken);
}
