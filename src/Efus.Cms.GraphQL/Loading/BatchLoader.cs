namespace Efus.Cms.GraphQL.Loading;

/// <summary>
/// A per-request batch: resolvers queue keys and get a pending result; GraphQL.NET completes the
/// pending results only after every resolver of the level has run, so the first completion fetches
/// all queued keys in one call. Keys already fetched in the request are not fetched again.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, TValue?> _fetched = [];
    private readonly List<TKey> _queue = [];
    private readonly HashSet<TKey> _queued = [];
    private Task _fetching = Task.CompletedTask;

    public PendingResult<TValue?> Load(TKey key)
    {
        Enqueue(key);
        return new PendingResult<TValue?>(async cancellationToken =>
        {
            await FetchQueuedAsync(cancellationToken);
            return _fetched.GetValueOrDefault(key);
        });
    }

    /// <summary>The values of the keys that exist, in the order of the keys.</summary>
    public PendingResult<IReadOnlyList<TValue>> LoadMany(IReadOnlyList<TKey> keys)
    {
        foreach (var key in keys)
        {
            Enqueue(key);
        }

        return new PendingResult<IReadOnlyList<TValue>>(async cancellationToken =>
        {
            await FetchQueuedAsync(cancellationToken);
            return [.. keys.Select(k => _fetched.GetValueOrDefault(k)).OfType<TValue>()];
        });
    }

    private void Enqueue(TKey key)
    {
        lock (_queue)
        {
            if (!_fetched.ContainsKey(key) && _queued.Add(key))
            {
                _queue.Add(key);
            }
        }
    }

    // Fetches run one after the other (a scoped store is not thread-safe); each takes what is queued when it starts.
    private Task FetchQueuedAsync(CancellationToken cancellationToken)
    {
        lock (_queue)
        {
            _fetching = FetchAfterAsync(_fetching, cancellationToken);
            return _fetching;
        }
    }

    private async Task FetchAfterAsync(Task previous, CancellationToken cancellationToken)
    {
        await previous;
        List<TKey> batch;
        lock (_queue)
        {
            batch = [.. _queue];
            _queue.Clear();
            _queued.Clear();
        }

        if (batch.Count == 0)
        {
            return;
        }

        var values = await fetch(batch, cancellationToken);
        lock (_queue)
        {
            foreach (var key in batch)
            {
                _fetched[key] = values.GetValueOrDefault(key);
            }
        }
    }
}
