using System.Collections.Concurrent;
using System.Globalization;
using Efus.Cms.Core.Content;

namespace Efus.Cms.UrbanSecurity.Caching;

/// <summary>
/// The versions whose pages this node evicted itself (<see cref="OutputCacheInvalidation"/>, on the content
/// event and again after the commit), so that <see cref="OutputCacheFollower"/> does not evict them a second
/// time when it reads their task back from the log (one more render per page per change). The follower skips a
/// task only while the item's latest stored version is still the one evicted here: a later change from any
/// node stores another version or revision, and is evicted as usual.
/// </summary>
public sealed class LocalEvictions(TimeProvider clock)
{
    /// <summary>How long a version is remembered: the follower reads the log every few seconds.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromMinutes(1);

    private const int MaxVersions = 10_000;

    private readonly ConcurrentDictionary<string, (string Stamp, DateTimeOffset At)> _versions = new(StringComparer.Ordinal);

    public void Record(ContentItem item)
    {
        if (_versions.Count >= MaxVersions)
        {
            // Forgetting only costs renders (the follower evicts as it did before).
            _versions.Clear();
        }

        _versions[item.ContentItemId] = (StampOf(item), clock.GetUtcNow());
    }

    /// <summary>Whether this node already evicted the pages of <paramref name="latest"/>, the item's latest stored version.</summary>
    public bool Evicted(ContentItem latest) =>
        _versions.TryGetValue(latest.ContentItemId, out var recorded)
        && clock.GetUtcNow() - recorded.At < Window
        && recorded.Stamp == StampOf(latest);

    private static string StampOf(ContentItem item) => string.Create(CultureInfo.InvariantCulture,
        $"{item.ContentItemVersionId}:{item.Revision}:{item.ModifiedUtc:O}:{item.PublishedUtc:O}:{item.Published}:{item.Latest}");
}
