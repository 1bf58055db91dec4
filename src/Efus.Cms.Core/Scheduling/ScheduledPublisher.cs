using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Core.Scheduling;

/// <summary>
/// Publishes the items whose time has come, through the content manager (so the events, the audit
/// trail, the search index and the output cache follow). Each item is claimed first: when several
/// nodes run this at once, each item is published by one of them only.
/// </summary>
public sealed class ScheduledPublisher(
    IPublicationSchedule schedule,
    IContentManager contentManager,
    IAuditTrail auditTrail,
    SchedulingOptions options,
    TimeProvider clock,
    ILogger<ScheduledPublisher> logger)
{
    /// <summary>Publishes what is due now; returns how many items this call published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await schedule.ClaimDueAsync(now, options.NodeId, now + options.ClaimDuration, options.BatchSize, cancellationToken);
        var published = 0;
        foreach (var contentItemId in claimed)
        {
            if (await PublishAsync(contentItemId, now, cancellationToken))
            {
                published++;
            }
        }

        return published;
    }

    private async Task<bool> PublishAsync(string contentItemId, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            var latest = await contentManager.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
            var due = latest is { Published: false } && PublishLater.ScheduledUtc(latest) is { } at && at <= now;
            if (due)
            {
                await contentManager.PublishAsync(contentItemId, cancellationToken);
                logger.LogInformation("Published {ContentItemId} as scheduled.", contentItemId);
            }

            // Already published, removed or moved later: the row is stale (a later date has been recorded again by the save).
            await schedule.CompleteAsync(contentItemId, options.NodeId, cancellationToken);
            return due;
        }
        catch (ContentValidationException invalid)
        {
            // Trying again would fail again: the row is marked failed (editors see why on the item and the
            // dashboard) and waits for the item to be corrected and saved, which schedules it afresh.
            var reason = string.Join(" ; ", invalid.Errors.Select(e => string.IsNullOrEmpty(e.Field) ? e.Message : $"{e.Field} : {e.Message}"));
            logger.LogWarning("Scheduled publication of {ContentItemId} refused: {Errors}", contentItemId, reason);
            await schedule.FailAsync(contentItemId, options.NodeId, reason, cancellationToken);
            var item = await contentManager.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
            await auditTrail.RecordAsync(new AuditEvent(clock.GetUtcNow().UtcDateTime, "system", AuditActions.ScheduledPublicationFailed,
                contentItemId, item?.ContentType, reason), cancellationToken);
            return false;
        }
        catch (ContentConflictException)
        {
            logger.LogInformation("Scheduled publication of {ContentItemId} met a concurrent save; tried again later.", contentItemId);
            return false;
        }
    }
}
