using System.Collections.Concurrent;

namespace Efus.Cms.UrbanSecurity.Caching;

/// <summary>
/// Values computed from published content, kept on this node while the <see cref="ContentGeneration"/> they
/// were read in is current, and never longer than <see cref="PublicPageCachePolicy.Expiration"/> (the output cache's own bound, should
/// the follower be unable to read the task log). At most <paramref name="capacity"/> keys: past that the cache
/// starts afresh, so a crawler walking every page cannot make it grow with the items.
/// </summary>
public sealed class GenerationCache<TKey, TValue>(ContentGeneration generation, TimeProvider clock, int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    public async Task<TValue> GetOrLoadAsync(TKey key, Func<CancellationToken, Task<TValue>> load, CancellationToken cancellationToken)
    {
        // Read before the load: a change landing during it moves the generation, and the value is read again.
        var current = generation.Current;
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var kept) && kept.Generation == current && now - kept.LoadedAt < PublicPageCachePolicy.Expiration)
        {
            return kept.Value;
        }

        var value = await load(cancellationToken);
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(current, now, value);
        return value;
    }

    private sealed record Entry(long Generation, DateTimeOffset LoadedAt, TValue Value);
}
