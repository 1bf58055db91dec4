using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Core.Search;

/// <summary>
/// Counts searches in memory, per day and normalised query, and writes them in one batch when
/// <see cref="FlushAsync"/> runs (every few seconds from <see cref="SearchLogFlushService"/>, and when
/// the host stops): a search request never waits for the database.
/// </summary>
public sealed class BufferedSearchLog(IServiceScopeFactory scopes, TimeProvider clock) : ISearchLog
{
    // Bounds memory if the database stays away: beyond this many distinct queries, new ones are dropped until the next flush.
    private const int MaxPending = 10_000;

    private ConcurrentDictionary<(DateOnly Day, string Query), Counter> _pending = new();

    public void Record(string? query, int resultCount)
    {
        if (SearchQueryText.Normalize(query) is not { } text)
        {
            return;
        }

        var pending = _pending;
        if (pending.Count >= MaxPending && !pending.ContainsKey((Today(), text)))
        {
            return;
        }

        var counter = pending.GetOrAdd((Today(), text), _ => new Counter());
        counter.Add(resultCount);
    }

    /// <summary>
    /// Writes what was counted since the last flush; returns how many rows were written. When the write
    /// fails the counts go back to the buffer for the next flush.
    /// </summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken = default)
    {
        var batch = Interlocked.Exchange(ref _pending, new());
        if (batch.IsEmpty)
        {
            return 0;
        }

        var entries = batch.Select(p => new SearchLogEntry(p.Key.Day, p.Key.Query, p.Value.Searches, p.Value.Results)).ToList();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISearchStatistics>().AddAsync(entries, cancellationToken);
        }
        catch
        {
            foreach (var (key, counter) in batch)
            {
                _pending.GetOrAdd(key, _ => new Counter()).Add(counter);
            }

            throw;
        }

        return entries.Count;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private sealed class Counter
    {
        private int _searches;
        private int _results;

        public int Searches => Volatile.Read(ref _searches);

        /// <summary>The result count of the latest search (the index changes during the day).</summary>
        public int Results => Volatile.Read(ref _results);

        public void Add(int results)
        {
            Interlocked.Increment(ref _searches);
            Volatile.Write(ref _results, results);
        }

        public void Add(Counter unwritten)
        {
            Interlocked.Add(ref _searches, unwritten.Searches);
            Volatile.Write(ref _results, unwritten.Results);
        }
    }
}
