using Efus.Cms.Core.Search;
using Efus.Cms.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Efus.Cms.Data.Stores;

/// <summary>
/// The SearchStatistics table: each flush appends one row per day and query (no read-modify-write, so
/// nodes never contend); readers sum in SQL.
/// </summary>
public sealed class EfSearchStatistics(CmsDbContext db) : ISearchStatistics
{
    public async Task AddAsync(IReadOnlyCollection<SearchLogEntry> entries, CancellationToken cancellationToken = default)
    {
        var records = entries.Select(e => new SearchStatisticRecord
        {
            Day = e.Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Query = e.Query.Length <= SearchQueryText.MaxLength ? e.Query : e.Query[..SearchQueryText.MaxLength],
            Searches = e.Searches,
            Results = e.Results,
        }).ToList();
        db.SearchStatistics.AddRange(records);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            foreach (var record in records)
            {
                db.Entry(record).State = EntityState.Detached;
            }
        }
    }

    public async Task<IReadOnlyList<SearchDay>> PerDayAsync(DateOnly from, CancellationToken cancellationToken = default)
    {
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await db.SearchStatistics.AsNoTracking()
            .Where(r => r.Day >= start)
            .GroupBy(r => r.Day)
            .Select(g => new { Day = g.Key, Searches = g.Sum(r => r.Searches), Empty = g.Sum(r => r.Results == 0 ? r.Searches : 0) })
            .OrderBy(g => g.Day)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchDay(DateOnly.FromDateTime(r.Day), r.Searches, r.Empty))];
    }

    public async Task<IReadOnlyList<UnansweredQuery>> UnansweredAsync(DateOnly from, int max, CancellationToken cancellationToken = default)
    {
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await db.SearchStatistics.AsNoTracking()
            .Where(r => r.Day >= start && r.Results == 0)
            .GroupBy(r => r.Query)
            .Select(g => new { Query = g.Key, Searches = g.Sum(r => r.Searches), Last = g.Max(r => r.Day) })
            .OrderByDescending(g => g.Searches).ThenBy(g => g.Query)
            .Take(max)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UnansweredQuery(r.Query, r.Searches, DateOnly.FromDateTime(r.Last)))];
    }
}
