using Efus.Cms.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Search.Lucene.IntegrationTests;

/// <summary>Search counts wait in memory for the next flush (every 10 s); a graceful stop writes them.</summary>
public sealed class SearchStatisticsTests
{
    [Fact]
    public async Task GracefulStop_WritesTheSearchesCountedSinceTheLastFlush()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "efus-search-tests", Guid.NewGuid().ToString("n"));
        using (var site = new SearchSite(dataPath: dataPath, keepData: true))
        {
            await site.SearchAsync("q=zorglubs");
            await site.SearchAsync("q=Zorglubs");
            await site.SearchAsync("q=vidéosurveillance");
        }

        using var restarted = new SearchSite(dataPath: dataPath);
        await using var scope = restarted.Services.CreateAsyncScope();
        var statistics = scope.ServiceProvider.GetRequiredService<ISearchStatistics>();
        var since = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

        var unanswered = Assert.Single(await statistics.UnansweredAsync(since, 10));
        Assert.Equal(("zorglubs", 2), (unanswered.Query, unanswered.Searches));
        var day = Assert.Single(await statistics.PerDayAsync(since));
        Assert.Equal((3, 2), (day.Searches, day.WithoutResults));
    }
}
