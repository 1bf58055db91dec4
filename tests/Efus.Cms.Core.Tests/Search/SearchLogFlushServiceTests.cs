using Efus.Cms.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Efus.Cms.Core.Tests.Search;

public sealed class SearchLogFlushServiceTests
{
    // A test factory and the app's own Run both stop the host, and Run then disposes the services:
    // the second stop must not return while the first is still writing the last counts.
    [Fact]
    public async Task TwoStopsAtOnce_BothWaitForTheOneLastWrite()
    {
        var statistics = new SlowStatistics();
        var services = new ServiceCollection().AddSingleton<ISearchStatistics>(statistics).BuildServiceProvider();
        var log = new BufferedSearchLog(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        var flusher = new SearchLogFlushService(log, NullLogger<SearchLogFlushService>.Instance);
        await flusher.StartAsync(CancellationToken.None);
        log.Record("zorglubs", 0);

        var first = flusher.StopAsync(CancellationToken.None);
        await statistics.WriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = flusher.StopAsync(CancellationToken.None);
        await Task.WhenAny(second, Task.Delay(200));
        Assert.False(second.IsCompleted, "the second stop returned while the last write was running");

        statistics.Release.SetResult();
        await Task.WhenAll(first, second);
        var written = Assert.Single(statistics.Written);
        Assert.Equal(("zorglubs", 1), (written.Query, written.Searches));
    }

    private sealed class SlowStatistics : ISearchStatistics
    {
        public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<SearchLogEntry> Written { get; } = [];

        public async Task AddAsync(IReadOnlyCollection<SearchLogEntry> entries, CancellationToken cancellationToken = default)
        {
            WriteStarted.TrySetResult();
            await Release.Task;
            Written.AddRange(entries);
        }

        public Task<IReadOnlyList<SearchDay>> PerDayAsync(DateOnly from, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<UnansweredQuery>> UnansweredAsync(DateOnly from, int max, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
