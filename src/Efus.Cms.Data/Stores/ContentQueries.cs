using System.Linq.Expressions;
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

    /// <summary>
    /// Sorts by each key in turn (nulls last), then by row id so that pages are stable. <paramref name="nullsSortLow"/>
    /// says where the database puts nulls by itself: SQLite sorts them first (lowest), PostgreSQL last
    /// (highest). The "is null" key is added only where the database would not put them last anyway, so
    /// that SQLite can walk an index in order (newest first) instead of sorting every row of a type.
    /// </summary>
    public static IQueryable<ContentItemRecord> Sort(IQueryable<ContentItemRecord> records, IReadOnlyList<ContentSort> sorts, bool nullsSortLow)
    {
        IOrderedQueryable<ContentItemRecord>? ordered = null;
        foreach (var sort in sorts)
        {
            var d = sort.Descending;
            ordered = sort.Column switch
            {
                ContentColumn.ContentItemId => By(ordered, records, r => r.ContentItemId, d),
                ContentColumn.ContentItemVersionId => By(ordered, records, r => r.ContentItemVersionId, d),
                ContentColumn.ContentType => By(ordered, records, r => r.ContentType, d),
                ContentColumn.DisplayText => NullsLast(ordered, records, r => r.DisplayTextNormalized, d, nullsSortLow),
                ContentColumn.Published => By(ordered, records, r => r.Published, d),
                ContentColumn.Latest => By(ordered, records, r => r.Latest, d),
                ContentColumn.Owner => NullsLast(ordered, records, r => r.Owner, d, nullsSortLow),
                ContentColumn.Author => NullsLast(ordered, records, r => r.Author, d, nullsSortLow),
                ContentColumn.CreatedUtc => NullsLast(ordered, records, r => r.CreatedUtc, d, nullsSortLow),
                ContentColumn.ModifiedUtc => NullsLast(ordered, records, r => r.ModifiedUtc, d, nullsSortLow),
                ContentColumn.PublishedUtc => NullsLast(ordered, records, r => r.PublishedUtc, d, nullsSortLow),
                ContentColumn.Path => NullsLast(ordered, records, r => r.Path, d, nullsSortLow),
                ContentColumn.Culture => NullsLast(ordered, records, r => r.Culture, d, nullsSortLow),
                ContentColumn.LocalizationSet => NullsLast(ordered, records, r => r.LocalizationSet, d, nullsSortLow),
                _ => throw new ArgumentOutOfRangeException(nameof(sorts), sort.Column, "Unknown content column."),
            };
        }

        var last = sorts.Count > 0 && sorts[^1].Descending;
        return ordered is null ? records.OrderBy(r => r.Id) : By(ordered, records, r => r.Id, last);
    }

    public static IQueryable<ContentItemRecord> Sort(IQueryable<ContentItemRecord> records, ContentOrder order, bool nullsSortLow) => order switch
    {
        ContentOrder.CreatedUtcDescending => NullsLast(null, records, r => r.CreatedUtc, true, nullsSortLow).ThenByDescending(r => r.Id),
        ContentOrder.CreatedUtcAscending => NullsLast(null, records, r => r.CreatedUtc, false, nullsSortLow).ThenBy(r => r.Id),
        ContentOrder.ModifiedUtcDescending => NullsLast(null, records, r => r.ModifiedUtc, true, nullsSortLow).ThenByDescending(r => r.Id),
        ContentOrder.PublishedUtcDescending => NullsLast(null, records, r => r.PublishedUtc, true, nullsSortLow).ThenByDescending(r => r.Id),
        ContentOrder.DisplayTextAscending => NullsLast(null, records, r => r.DisplayTextNormalized, false, nullsSortLow).ThenBy(r => r.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown content order."),
    };

    private static IOrderedQueryable<ContentItemRecord> NullsLast<TKey>(IOrderedQueryable<ContentItemRecord>? ordered, IQueryable<ContentItemRecord> records,
        Expression<Func<ContentItemRecord, TKey>> key, bool descending, bool nullsSortLow)
    {
        if (nullsSortLow != descending)
        {
            var isNull = Expression.Lambda<Func<ContentItemRecord, bool>>(
                Expression.Equal(key.Body, Expression.Constant(null, key.Body.Type)), key.Parameters);
            ordered = By(ordered, records, isNull, false);
        }

        return By(ordered, records, key, descending);
    }

    private static IOrderedQueryable<ContentItemRecord> By<TKey>(IOrderedQueryable<ContentItemRecord>? ordered, IQueryable<ContentItemRecord> records,
        Expression<Func<ContentItemRecord, TKey>> key, bool descending) => ordered is null
            ? descending ? records.OrderByDescending(key) : records.OrderBy(key)
            : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
}
