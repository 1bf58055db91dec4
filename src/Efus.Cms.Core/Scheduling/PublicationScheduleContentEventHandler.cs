using Efus.Cms.Core.Events;

namespace Efus.Cms.Core.Scheduling;

/// <summary>
/// Keeps the schedule in step with the items, whoever writes them (editor, recipe, import): a latest
/// draft carrying <c>PublishLaterPart.ScheduledPublishUtc</c> is scheduled; publishing, removing or
/// saving it without a date takes it off the schedule.
/// </summary>
public sealed class PublicationScheduleContentEventHandler(IPublicationSchedule schedule) : IContentEventHandler
{
    public Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken)
    {
        var item = contentEvent.Item;
        return contentEvent.Kind switch
        {
            ContentEventKind.Created or ContentEventKind.Updated or ContentEventKind.Imported when item.Latest =>
                schedule.SetAsync(item.ContentItemId, item.Published ? null : PublishLater.ScheduledUtc(item), cancellationToken),
            ContentEventKind.Published or ContentEventKind.Removed or ContentEventKind.DraftDiscarded =>
                schedule.SetAsync(item.ContentItemId, null, cancellationToken),
            _ => Task.CompletedTask,
        };
    }
}
