using System.Globalization;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Search;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Dashboard;

/// <summary>
/// The dashboard's figures, each counted in the database: what was published per month (one count
/// query per month), public searches per day and the queries that found nothing (the search statistics).
/// </summary>
public sealed class DashboardStatistics(IContentManager contentManager, ISearchStatistics searches, TimeProvider clock)
{
    public const int Months = 12;

    public const int Days = 30;

    /// <summary>Items whose published version went out in each of the last <see cref="Months"/> months (UTC months), oldest first.</summary>
    public async Task<IReadOnlyList<(DateOnly Month, int Count)>> PublishedPerMonthAsync(IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        var today = Today();
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-(Months - 1));
        var result = new List<(DateOnly, int)>();
        for (var month = first; month <= today; month = month.AddMonths(1))
        {
            var from = month.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var page = await contentManager.QueryAsync(new ContentQuery
            {
                ContentTypes = types,
                Status = ContentStatus.Published,
                Filter = new ContentFilter.And(
                [
                    new ContentFilter.Column(ContentColumn.PublishedUtc, FilterOperator.GreaterThanOrEqual, from),
                    new ContentFilter.Column(ContentColumn.PublishedUtc, FilterOperator.LessThan, from.AddMonths(1)),
                ]),
                Take = 0,
            }, cancellationToken);
            result.Add((month, page.Total));
        }

        return result;
    }

    /// <summary>Public searches on each of the last <see cref="Days"/> days (UTC), days without any included, oldest first.</summary>
    public async Task<IReadOnlyList<SearchDay>> SearchesPerDayAsync(CancellationToken cancellationToken)
    {
        var from = Today().AddDays(-(Days - 1));
        var stored = (await searches.PerDayAsync(from, cancellationToken)).ToDictionary(d => d.Day);
        return [.. Enumerable.Range(0, Days).Select(i => from.AddDays(i)).Select(day => stored.GetValueOrDefault(day) ?? new SearchDay(day, 0, 0))];
    }

    public Task<IReadOnlyList<UnansweredQuery>> UnansweredAsync(int max, CancellationToken cancellationToken) =>
        searches.UnansweredAsync(Today().AddDays(-(Days - 1)), max, cancellationToken);

    public static string MonthLabel(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    public static string DayLabel(DateOnly day) => day.ToString("d MMM", CultureInfo.CurrentCulture);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
