using System.Runtime.InteropServices;
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

    private readonly Lock _gate = new();
    private Dictionary<(DateOnly Day, string Query), Counter> _pending = new();

    public void Record(string? query, int resultCount)
    {
        if (SearchQueryText.Normalize(query) is not { } text)
        {
            return;
        }

        // Exclusive with the flush's swap (a few instructions either side): a count never lands in a batch
        // that is already being written.
        lock (_gate)
        {
            var key = (Today(), text);
            if (_pending.Count >= MaxPending && !_pending.ContainsKey(key))
            {
                return;
            }

            CounterOf(key).Add(resultCount);
        }
    }

    /// <summary>
    /// Writes what was counted since the last flush; returns how many rows were written. When the write
    /// fails the counts go back to the buffer for the next flush.
    /// </summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken = default)
    {
        Dictionary<(DateOnly Day, string Query), Counter> batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = new();
        }

        if (batch.Count == 0)
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
            lock (_gate)
            {
                foreach (var (key, counter) in batch)
                {
                    CounterOf(key).Add(counter);
                }
            }

            throw;
        }

        return entries.Count;
    }

    // Called under the gate.
    private Counter CounterOf((DateOnly Day, string Query) key)
    {
        ref var counter = ref CollectionsMarshal.GetValueRefOrAddDefault(_pending, key, out _);
        return counter ??= new Counter();
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    // Changed under the gate only; read once its batch is swapped out.
    private sealed class Counter
    {
        public int Searches { get; private set; }

        /// <summary>The result count of the latest search (the index changes during the day).</summary>
        public int Results { get; private set; }

        public void Add(int results)
        {
            Searches++;
            Results = results;
        }

        /// <summary>Takes back a failed batch's counts; a search counted since then keeps the latest result count.</summary>
        public void Add(Counter unwritten)
        {
            if (Searches == 0)
            {
                Results = unwritten.Results;
            }

            Searches += unwritten.Searches;
        }
    }
}
