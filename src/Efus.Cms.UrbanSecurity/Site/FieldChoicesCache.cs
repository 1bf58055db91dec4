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

    /// <summary>Each field's list; the log's position is read once for all of them.</summary>
    public async Task<Dictionary<string, IReadOnlyList<string>>> GetAsync(IContentStore store, string contentType, IEnumerable<string> fields, int max, CancellationToken cancellationToken)
    {
        Dictionary<string, IReadOnlyList<string>> choices = [];
        var wanted = fields.ToList();
        if (wanted.Count == 0)
        {
            return choices;
        }

        // Read before the values: a change landing in between is seen at the next request, never lost.
        var logPosition = await store.LastIndexingTaskIdAsync(cancellationToken);
        foreach (var field in wanted)
        {
            var key = (contentType, field, max);
            if (!_lists.TryGetValue(key, out var kept) || kept.LogPosition != logPosition)
            {
                kept = (logPosition, await store.PublishedTextValuesAsync(contentType, contentType, field, max, cancellationToken));
                _lists[key] = kept;
            }

            choices[field] = kept.Values;
        }

        return choices;
    }
}
