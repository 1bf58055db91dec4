using Efus.Cms.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Core.Tests.Search;

public sealed class BufferedSearchLogTests
{
    [Fact]
    public async Task FailedWrite_KeepsTheCountsForTheNextFlush()
    {
        var statistics = new FlakyStatistics();
        var services = new ServiceCollection().AddSingleton<ISearchStatistics>(statistics).BuildServiceProvider();
        var log = new BufferedSearchLog(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        log.Record("Vidéosurveillance", 3);
        log.Record("vidéosurveillance", 2);

        await Assert.ThrowsAsync<InvalidOperationException>(() => log.FlushAsync());
        log.Record("zorglubs", 0);
        Assert.Equal(2, await log.FlushAsync());

        Assert.Equal(
            [("vidéosurveillance", 2, 2), ("zorglubs", 1, 0)],
            statistics.Written.Select(e => (e.Query, e.Searches, e.Results)).OrderBy(e => e.Query, StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchesCountedWhileFlushing_AreAllWritten()
    {
        var statistics = new FlakyStatistics(failFirst: false);
        var services = new ServiceCollection().AddSingleton<ISearchStatistics>(statistics).BuildServiceProvider();
        var log = new BufferedSearchLog(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        const int Threads = 4, SearchesEach = 50_000;

        var searching = Enumerable.Range(0, Threads).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < SearchesEach; i++)
            {
                log.Record("vidéosurveillance", 3);
            }
        })).ToList();
        while (!searching.All(t => t.IsCompleted))
        {
            await log.FlushAsync();
        }

        await log.FlushAsync();
        Assert.Equal(Threads * SearchesEach, statistics.Written.Sum(e => e.Searches));
    }

    // The database is away for the first write only.
    private sealed class FlakyStatistics(bool failFirst = true) : ISearchStatistics
    {
        private int _calls;

        public List<SearchLogEntry> Written { get; } = [];

        public Task AddAsync(IReadOnlyCollection<SearchLogEntry> entries, CancellationToken cancellationToken = default)
        {
            if (_calls++ == 0 && failFirst)
            {
                throw new InvalidOperationException("database away");
            }

            Written.AddRange(entries);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<SearchDay>> PerDayAsync(DateOnly from, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<UnansweredQuery>> UnansweredAsync(DateOnly from, int max, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
