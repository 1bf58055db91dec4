using System.Globalization;
using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Scheduling;

/// <summary>Orchard's <c>"PublishLaterPart":{"ScheduledPublishUtc":"…"}</c> in an item.</summary>
public static class PublishLater
{
    public const string PartName = "PublishLaterPart";

    public const string ScheduledPublishUtc = "ScheduledPublishUtc";

    /// <summary>When the item is to be published, if it is scheduled (a value that is not a date counts as none).</summary>
    public static DateTime? ScheduledUtc(ContentItem item) =>
        item.Part(PartName)?[ScheduledPublishUtc]?.GetValueKind() == System.Text.Json.JsonValueKind.String
        && DateTime.TryParse(item.Part(PartName)![ScheduledPublishUtc]!.GetValue<string>(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc)
            ? utc
            : null;

    public static void Schedule(ContentItem item, DateTime utc) =>
        item.GetOrCreatePart(PartName)[ScheduledPublishUtc] = DateTime.SpecifyKind(utc, DateTimeKind.Utc)
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops the schedule; the part stays, empty, as Orchard leaves it after publishing.</summary>
    public static void Cancel(ContentItem item)
    {
        if (item.Part(PartName) is { } part)
        {
            part[ScheduledPublishUtc] = null;
        }
    }
}
