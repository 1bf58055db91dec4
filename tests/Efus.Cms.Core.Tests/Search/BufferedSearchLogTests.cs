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

    // The database is away for the first write only.
    private sealed class FlakyStatistics : ISearchStatistics
    {
        private int _calls;

        public List<SearchLogEntry> Written { get; } = [];

        public Task AddAsync(IReadOnlyCollection<SearchLogEntry> entries, CancellationToken cancellationToken = default)
        {
            if (_calls++ == 0)
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
