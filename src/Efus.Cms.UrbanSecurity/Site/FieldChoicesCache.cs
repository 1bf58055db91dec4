using System.Collections.Concurrent;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>
/// The value lists of listings (the countries and cities their published items name), kept across
/// requests on this node and read again only when the indexing-task log has moved: every publish,
/// unpublish, edit or removal on any node writes to it, and its last id is one index lookup, where the
/// list itself scans every published value of the type (it grew with the number of items).
/// </summary>
public sealed class FieldChoicesCache
{
    private readonly ConcurrentDictionary<(string Type, string Field, int Max), (long LogPosition, IReadOnlyList<string> Values)> _lists = new();

    public async Task<IReadOnlyList<string>> GetAsync(IContentStore store, string contentType, string field, int max, CancellationToken cancellationToken)
    {
        // Read before the values: a change landing in between is seen at the next request, never lost.
        var logPosition = await store.LastIndexingTaskIdAsync(cancellationToken);
        var key = (contentType, field, max);
        if (_lists.TryGetValue(key, out var kept) && kept.LogPosition == logPosition)
        {
            return kept.Values;
        }

        var values = await store.PublishedTextValuesAsync(contentType, contentType, field, max, cancellationToken);
        _lists[key] = (logPosition, values);
        return values;
    }
}
