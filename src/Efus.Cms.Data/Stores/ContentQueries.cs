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
    public static IQueryable<ContentItemRecord> Filter(IQueryable<ContentItemRecord> records, IQueryable<ContentFieldIndexRecord> fieldIndex, ContentQuery query)
    {
        var all = records;
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

        if (!string.IsNullOrEmpty(query.LacksTranslationIn))
        {
            var target = query.LacksTranslationIn;
            records = records.Where(r => r.Culture != null && r.Culture != target
                && (r.LocalizationSet == null || !all.Any(o => o.Latest && o.LocalizationSet == r.LocalizationSet && o.Culture == target)));
        }

        if (!string.IsNullOrWhiteSpace(query.DisplayTextContains))
        {
            var term = TextNormalizer.Fold(query.DisplayTextContains.Trim())!;
            records = records.Where(r => r.DisplayTextNormalized != null && r.DisplayTextNormalized.Contains(term));
        }

        if (query.Filter is { } filter)
        {
            records = records.Where(new ContentFilterTranslator(fieldIndex).ToPredicate(filter));
        }

        return records;
    }

    /// <summary>Sorts by each key in turn (nulls last), then by row id so that pages are stable.</summary>
    public static IQueryable<ContentItemRecord> Sort(IQueryable<ContentItemRecord> records, IReadOnlyList<ContentSort> sorts)
    {
        IOrderedQueryable<ContentItemRecord>? ordered = null;
        foreach (var sort in sorts)
        {
            ordered = sort.Column switch
            {
                ContentColumn.ContentItemId => By(ordered, records, r => r.ContentItemId, sort.Descending),
                ContentColumn.ContentItemVersionId => By(ordered, records, r => r.ContentItemVersionId, sort.Descending),
                ContentColumn.ContentType => By(ordered, records, r => r.ContentType, sort.Descending),
                ContentColumn.DisplayText => By(By(ordered, records, r => r.DisplayTextNormalized == null, false), records, r => r.DisplayTextNormalized, sort.Descending),
                ContentColumn.Published => By(ordered, records, r => r.Published, sort.Descending),
                ContentColumn.Latest => By(ordered, records, r => r.Latest, sort.Descending),
                ContentColumn.Owner => By(By(ordered, records, r => r.Owner == null, false), records, r => r.Owner, sort.Descending),
                ContentColumn.Author => By(By(ordered, records, r => r.Author == null, false), records, r => r.Author, sort.Descending),
                ContentColumn.CreatedUtc => By(By(ordered, records, r => r.CreatedUtc == null, false), records, r => r.CreatedUtc, sort.Descending),
                ContentColumn.ModifiedUtc => By(By(ordered, records, r => r.ModifiedUtc == null, false), records, r => r.ModifiedUtc, sort.Descending),
                ContentColumn.PublishedUtc => By(By(ordered, records, r => r.PublishedUtc == null, false), records, r => r.PublishedUtc, sort.Descending),
                ContentColumn.Path => By(By(ordered, records, r => r.Path == null, false), records, r => r.Path, sort.Descending),
                ContentColumn.Culture => By(By(ordered, records, r => r.Culture == null, false), records, r => r.Culture, sort.Descending),
                ContentColumn.LocalizationSet => By(By(ordered, records, r => r.LocalizationSet == null, false), records, r => r.LocalizationSet, sort.Descending),
                _ => throw new ArgumentOutOfRangeException(nameof(sorts), sort.Column, "Unknown content column."),
            };
        }

        var last = sorts.Count > 0 && sorts[^1].Descending;
        return ordered is null ? records.OrderBy(r => r.Id) : By(ordered, records, r => r.Id, last);
    }

    private static IOrderedQueryable<ContentItemRecord> By<TKey>(IOrderedQueryable<ContentItemRecord>? ordered, IQueryable<ContentItemRecord> records,
        System.Linq.Expressions.Expression<Func<ContentItemRecord, TKey>> key, bool descending) => ordered is null
            ? descending ? records.OrderByDescending(key) : records.OrderBy(key)
            : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

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
