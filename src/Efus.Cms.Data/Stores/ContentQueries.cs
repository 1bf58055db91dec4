using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Records;

namespace Efus.Cms.Data.Stores;

/// <summary>
/// <see cref="ContentQuery"/> as SQL. Status follows Orchard's GraphQL argument (Draft = latest
/// and not published; All = every version). Nulls sort last and ties break on the row id, so
/// pages are stable and identical on every provider.
/// </summary>
internal static class ContentQueries
{
    public static IQueryable<ContentItemRecord> Filter(IQueryable<ContentItemRecord> records, ContentQuery query)
    {
        records = query.Status switch
        {
            ContentStatus.Published => records.Where(r => r.Published),
            ContentStatus.Draft => records.Where(r => r.Latest && !r.Published),
            ContentStatus.Latest => records.Where(r => r.Latest),
            ContentStatus.All => records,
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Status, "Unknown content status."),
        };

        if (query.ContentTypes is { } types)
        {
            var typeList = types.ToList();
            records = records.Where(r => typeList.Contains(r.ContentType));
        }

        if (!string.IsNullOrEmpty(query.Culture))
        {
            var culture = query.Culture;
            records = records.Where(r => r.Culture == culture);
        }

        if (!string.IsNullOrWhiteSpace(query.DisplayTextContains))
        {
            var term = TextNormalizer.Fold(query.DisplayTextContains.Trim())!;
            records = records.Where(r => r.DisplayTextNormalized != null && r.DisplayTextNormalized.Contains(term));
        }

        return records;
    }

    public static IQueryable<ContentItemRecord> Sort(IQueryable<ContentItemRecord> records, ContentOrder order) => order switch
    {
        ContentOrder.CreatedUtcDescending => records.OrderBy(r => r.CreatedUtc == null).ThenByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id),
        ContentOrder.CreatedUtcAscending => records.OrderBy(r => r.CreatedUtc == null).ThenBy(r => r.CreatedUtc).ThenBy(r => r.Id),
        ContentOrder.ModifiedUtcDescending => records.OrderBy(r => r.ModifiedUtc == null).ThenByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id),
        ContentOrder.PublishedUtcDescending => records.OrderBy(r => r.PublishedUtc == null).ThenByDescending(r => r.PublishedUtc).ThenByDescending(r => r.Id),
        ContentOrder.DisplayTextAscending => records.OrderBy(r => r.DisplayTextNormalized == null).ThenBy(r => r.DisplayTextNormalized).ThenBy(r => r.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown content order."),
    };
}
