using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Data.Tests.Infrastructure;

/// <summary>
/// Items in Orchard's shape. Tests of one PostgreSQL class share a database, so each test makes
/// its own content types, ids and paths and never asserts on what it did not write.
/// </summary>
public static class TestContent
{
    public static DateTime Day(int day, int hour = 9) => new(2024, 3, day, hour, 0, 0, DateTimeKind.Utc);

    public static string UniqueType(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..24];

    public static string UniquePath(string slug) => $"t-{Guid.NewGuid():N}/{slug}";

    public static ContentItem Item(
        string contentType,
        string title,
        bool published = true,
        bool latest = true,
        DateTime? created = null,
        string? path = null,
        string? culture = null)
    {
        var createdUtc = created ?? Day(1);
        var item = new ContentItem
        {
            ContentItemId = IdGenerator.NewId(),
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = contentType,
            DisplayText = title,
            Latest = latest,
            Published = published,
            CreatedUtc = createdUtc,
            ModifiedUtc = createdUtc,
            PublishedUtc = published ? createdUtc : null,
            Owner = "admin",
            Author = "admin",
        };
        item.GetOrCreatePart(WellKnownParts.Title)["Title"] = title;
        if (path is not null)
        {
            item.GetOrCreatePart(WellKnownParts.Autoroute)["Path"] = path;
        }

        if (culture is not null)
        {
            var localization = item.GetOrCreatePart(WellKnownParts.Localization);
            localization["LocalizationSet"] = IdGenerator.NewId();
            localization["Culture"] = culture;
        }

        return item;
    }

    /// <summary>A new draft version of a stored item, as the content manager makes one.</summary>
    public static ContentItem NewVersion(ContentItem from, string title)
    {
        var version = from.Clone();
        version.ContentItemVersionId = IdGenerator.NewId();
        version.DisplayText = title;
        version.GetOrCreatePart(WellKnownParts.Title)["Title"] = title;
        version.Latest = true;
        version.Published = false;
        version.Revision = 0;
        return version;
    }

    public static ContentChangeSet Saving(params ContentItem[] versions) =>
        new(versions[0].ContentItemId, versions, [], IndexingTaskType.Update);

    public static JsonObject Json(string text) => (JsonObject)JsonNode.Parse(text)!;
}
