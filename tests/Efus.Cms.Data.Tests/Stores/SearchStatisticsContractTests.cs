using Efus.Cms.Core.Search;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Stores;

public abstract class SearchStatisticsContractTests(IStoreDatabase database) : StoreContractTests(database)
{
    // A day of its own per test: the PostgreSQL database is shared by the tests of a class.
    private readonly DateOnly _day = new DateOnly(2040, 1, 1).AddDays(Random.Shared.Next(0, 20_000));

    [Fact]
    public async Task PerDayAsync_SumsTheBatchesOfADay_AndCountsThoseWithoutResults()
    {
        await AddAsync(new SearchLogEntry(_day, "vidéoprotection", 3, 12), new SearchLogEntry(_day, "drones lyon", 2, 0));
        await AddAsync(new SearchLogEntry(_day, "vidéoprotection", 1, 11), new SearchLogEntry(_day.AddDays(1), "drones lyon", 4, 0));

        var days = await InScopeAsync(sp => sp.GetRequiredService<ISearchStatistics>().PerDayAsync(_day));

        var first = Assert.Single(days, d => d.Day == _day);
        Assert.Equal(6, first.Searches);
        Assert.Equal(2, first.WithoutResults);
        Assert.Equal(4, Assert.Single(days, d => d.Day == _day.AddDays(1)).Searches);
    }

    [Fact]
    public async Task UnansweredAsync_MostSearchedFirst_WithTheLastDay()
    {
        var drones = $"drones {Guid.NewGuid():N}";
        var other = $"requête {Guid.NewGuid():N}";
        await AddAsync(new SearchLogEntry(_day, drones, 2, 0), new SearchLogEntry(_day, other, 1, 0), new SearchLogEntry(_day, "trouvé", 9, 3));
        await AddAsync(new SearchLogEntry(_day.AddDays(2), drones, 5, 0));

        var unanswered = await InScopeAsync(sp => sp.GetRequiredService<ISearchStatistics>().UnansweredAsync(_day, 1000));

        var mine = unanswered.Where(u => u.Query == drones || u.Query == other).ToList();
        Assert.Equal([drones, other], mine.Select(u => u.Query));
        Assert.Equal(7, mine[0].Searches);
        Assert.Equal(_day.AddDays(2), mine[0].LastDay);
        Assert.DoesNotContain(unanswered, u => u.Query == "trouvé");
    }

    private Task AddAsync(params SearchLogEntry[] entries) =>
        InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ISearchStatistics>().AddAsync(entries);
            return true;
        });
}
