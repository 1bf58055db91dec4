using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Data.Records;

namespace Efus.Cms.Data.Stores;

/// <summary>Copies an item into its record: the Orchard JSON plus the columns lists filter and sort on.</summary>
internal static class ContentRecordMapper
{
    public static ContentItemRecord ToRecord(ContentItem item, long id, int revision)
    {
        var localization = item.Part(WellKnownParts.Localization);
        return new ContentItemRecord
        {
            Id = id,
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = item.DisplayText,
            DisplayTextNormalized = TextNormalizer.Fold(item.DisplayText),
            Latest = item.Latest,
            Published = item.Published,
            Path = NullIfEmpty(item.Part(WellKnownParts.Autoroute)?["Path"].AsString()),
            Culture = NullIfEmpty(localization?["Culture"].AsString()),
            LocalizationSet = NullIfEmpty(localization?["LocalizationSet"].AsString()),
            Owner = item.Owner,
            Author = item.Author,
            CreatedUtc = item.CreatedUtc,
            ModifiedUtc = item.ModifiedUtc,
            PublishedUtc = item.PublishedUtc,
            Json = ContentItemJson.Serialize(item),
            Revision = revision,
        };
    }

    public static ContentItem ToItem(string json, int revision)
    {
        var item = ContentItemJson.Parse(json);
        item.Revision = revision;
        return item;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
