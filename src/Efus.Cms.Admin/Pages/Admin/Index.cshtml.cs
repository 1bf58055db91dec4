using System.Text.Json;
using Efus.Cms.Admin.Dashboard;
using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Scheduling;
using Efus.Cms.Core.Search;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Pages.Admin;

/// <summary>
/// The dashboard: how many items of each listable type are published or in draft, what is scheduled,
/// the latest changes (from the audit trail), and two charts — publications per month and public
/// searches per day — with the queries that found nothing. Everything is counted in the database.
/// </summary>
public sealed class IndexModel(
    IContentManager contentManager,
    IContentDefinitionManager definitionManager,
    IAuditTrail auditTrail,
    IPublicationSchedule schedule,
    DashboardStatistics statistics,
    AdminClock clock) : AdminPageModel
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private ContentDefinitions _definitions = ContentDefinitions.Empty;

    public sealed record TypeCount(string Type, string DisplayName, int Published, int Drafts, bool Creatable);

    public sealed record Scheduled(ContentItem Item, DateTime ScheduledUtc, string? Failure);

    public IReadOnlyList<TypeCount> Counts { get; private set; } = [];

    public IReadOnlyList<AuditEvent> Recent { get; private set; } = [];

    public IReadOnlyList<Scheduled> Upcoming { get; private set; } = [];

    public ChartSeries PublishedPerMonth { get; private set; } = new([], []);

    public ChartSeries SearchesPerDay { get; private set; } = new([], []);

    public IReadOnlyList<UnansweredQuery> Unanswered { get; private set; } = [];

    public AdminClock Clock => clock;

    public string TypeName(string? type) => type is null ? "" : _definitions.Type(type)?.DisplayName ?? type;

    public string ActionLabel(string action) => AuditActionLabels.Of(action, T);

    /// <summary>A chart's data for its <c>data-chart</c> attribute (read by dashboard.js).</summary>
    public static string ChartJson(ChartSeries series) => JsonSerializer.Serialize(series, _json);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await clock.ZoneAsync(cancellationToken);
        _definitions = await definitionManager.GetAsync(cancellationToken);
        var counts = new List<TypeCount>();
        foreach (var type in _definitions.Types.Values.Where(t => t.TypeSettings.Listable).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture))
        {
            var published = await CountAsync(type.Name, ContentStatus.Published, cancellationToken);
            var drafts = await CountAsync(type.Name, ContentStatus.Draft, cancellationToken);
            counts.Add(new TypeCount(type.Name, type.DisplayName, published, drafts, type.TypeSettings.Creatable));
        }

        Counts = counts;
        Recent = (await auditTrail.QueryAsync(new AuditQuery { ContentOnly = true, Take = 10 }, cancellationToken)).Events;
        Upcoming = await UpcomingAsync(cancellationToken);

        var months = await statistics.PublishedPerMonthAsync([.. counts.Select(c => c.Type)], cancellationToken);
        PublishedPerMonth = new ChartSeries([.. months.Select(m => DashboardStatistics.MonthLabel(m.Month))],
            [new ChartDataset(T["Contenus publiés"], [.. months.Select(m => m.Count)])]);
        var days = await statistics.SearchesPerDayAsync(cancellationToken);
        SearchesPerDay = new ChartSeries([.. days.Select(d => DashboardStatistics.DayLabel(d.Day))],
        [
            new ChartDataset(T["Recherches"], [.. days.Select(d => d.Searches)]),
            new ChartDataset(T["Sans résultat"], [.. days.Select(d => d.WithoutResults)]),
        ]);
        Unanswered = await statistics.UnansweredAsync(10, cancellationToken);
    }

    private async Task<IReadOnlyList<Scheduled>> UpcomingAsync(CancellationToken cancellationToken)
    {
        var rows = await schedule.ListAsync(10, cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var items = (await contentManager.QueryAsync(new ContentQuery
        {
            Status = ContentStatus.Latest,
            Filter = new ContentFilter.Column(ContentColumn.ContentItemId, FilterOperator.In, rows.Select(r => (object)r.ContentItemId).ToList()),
            Take = rows.Count,
            IncludeTotal = false,
        }, cancellationToken)).Items.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        return [.. rows.Where(r => items.ContainsKey(r.ContentItemId)).Select(r => new Scheduled(items[r.ContentItemId], r.ScheduledUtc, r.Failure))];
    }

    private async Task<int> CountAsync(string type, ContentStatus status, CancellationToken cancellationToken) =>
        (await contentManager.QueryAsync(new ContentQuery { ContentTypes = [type], Status = status, Take = 0 }, cancellationToken)).Total;
}
