namespace Efus.Cms.UrbanSecurity.Caching;

/// <summary>
/// A number that moves whenever this node learns that content may have changed: at once for a change made
/// here (<see cref="OutputCacheInvalidation"/>: on the content event and again after its commit), within
/// <see cref="OutputCacheFollower"/>'s poll for a change another node or the command line made (the task log).
/// What the public pages keep across requests (<see cref="GenerationCache{TKey, TValue}"/>) is valid for one
/// generation, so keeping it costs no query, and another node's change reaches it as fast as the output cache.
/// </summary>
public sealed class ContentGeneration
{
    private long _current;

    public long Current => Volatile.Read(ref _current);

    public void Advance() => Interlocked.Increment(ref _current);
}
