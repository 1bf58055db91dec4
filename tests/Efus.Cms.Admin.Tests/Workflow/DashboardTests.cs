using System.Text.Json;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Search;

namespace Efus.Cms.Admin.Tests.Workflow;

/// <summary>The dashboard's counts, recent changes, charts (data attribute and table) and searches without results.</summary>
public sealed class DashboardTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task PublicSearches_AreCountedPerDay_AndThoseWithoutResultsListed()
    {
        using var visitor = _site.NewClient();
        await visitor.Http.GetAsync(new Uri("/search?q=Drones+%20AUTONOMES", UriKind.Relative));
        await visitor.Http.GetAsync(new Uri("/search?q=drones%20autonomes&page=2", UriKind.Relative));
        await visitor.Http.GetAsync(new Uri("/api/search?q=drones%20autonomes", UriKind.Relative));
        await visitor.Http.GetAsync(new Uri("/api/search?q=vid%C3%A9osurveillance", UriKind.Relative));
        await _site.WithServiceAsync<BufferedSearchLog, int>(log => log.FlushAsync());
        using var client = await _site.LoginAsync();

        var dashboard = await client.GetPageAsync("/admin");

        var unanswered = dashboard.Document.QuerySelectorAll("[aria-labelledby=unanswered-title] tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelector("td")!.TextContent.Trim())).ToList();
        Assert.Equal([("drones autonomes", "2")], unanswered);
        var chart = JsonDocument.Parse(dashboard.Document.QuerySelector("#searches-chart")!.GetAttribute("data-chart")!).RootElement;
        var datasets = chart.GetProperty("datasets");
        Assert.Equal(30, chart.GetProperty("labels").GetArrayLength());
        Assert.Equal(3, datasets[0].GetProperty("values")[29].GetInt32());
        Assert.Equal(2, datasets[1].GetProperty("values")[29].GetInt32());
        var lastRow = dashboard.Document.QuerySelectorAll("#searches-chart ~ details tbody tr")[^1];
        Assert.Equal(["3", "2"], lastRow.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Dashboard_ShowsPublicationsPerMonthAndRecentChangesFromTheJournal()
    {
        using var client = await _site.LoginAsync();
        await ContentForms.CreatePracticeSheetAsync(client, "Publiée ce mois-ci", publish: true);

        var dashboard = await client.GetPageAsync("/admin");

        var chart = JsonDocument.Parse(dashboard.Document.QuerySelector("#published-chart")!.GetAttribute("data-chart")!).RootElement;
        var values = chart.GetProperty("datasets")[0].GetProperty("values");
        Assert.Equal(12, values.GetArrayLength());
        Assert.True(values[11].GetInt32() >= 1);
        Assert.Equal("bar", dashboard.Document.QuerySelector("#published-chart")!.GetAttribute("data-chart-kind"));
        var recent = dashboard.Document.QuerySelectorAll("ul.recent li")[0].TextContent;
        Assert.Contains("Publié", recent, StringComparison.Ordinal);
        Assert.Contains("Publiée ce mois-ci", recent, StringComparison.Ordinal);
        Assert.Contains("par admin", recent, StringComparison.Ordinal);
        Assert.Contains("/admin/assets/lib/chart.umd.min.js", dashboard.Html, StringComparison.Ordinal);
        Assert.Contains("/admin/assets/dashboard.js", dashboard.Html, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();
}
