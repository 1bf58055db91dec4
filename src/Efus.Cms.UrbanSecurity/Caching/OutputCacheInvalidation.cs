using System.Collections.Concurrent;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Events;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace Efus.Cms.UrbanSecurity.Caching;

/// <summary>
/// Evicts the cached pages that show a changed item: its own page and every page tagged with its id,
/// the lists of its type, and the language links of its localization set. Events are raised before a
/// recipe's transaction commits, so the tags are evicted again after the commit: a request served in
/// between cannot leave the old version cached. Each event also moves the node's <see cref="ContentGeneration"/>
/// (again after the commit) and is remembered in <see cref="LocalEvictions"/> for the follower.
/// </summary>
public sealed class OutputCacheInvalidation(IOutputCacheStore store, ContentGeneration generation, LocalEvictions evictions) : IContentEventHandler, ICommitListener
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    public async Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken)
    {
        generation.Advance();
        evictions.Record(contentEvent.Item);
        foreach (var tag in TagsOf(contentEvent.Item))
        {
            _pending[tag] = 0;
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    public async Task OnCommittedAsync(CancellationToken cancellationToken)
    {
        // What was read between the event and the commit (the old version) is not kept.
        generation.Advance();
        foreach (var tag in _pending.Keys)
        {
            if (_pending.TryRemove(tag, out _))
            {
                await store.EvictByTagAsync(tag, cancellationToken);
            }
        }
    }

    public static IEnumerable<string> TagsOf(ContentItem item)
    {
        yield return CacheTags.Item(item.ContentItemId);
        yield return CacheTags.Type(item.ContentType);
        if (item.Part(WellKnownParts.Localization)?["LocalizationSet"].AsString() is { Length: > 0 } set)
        {
            yield return CacheTags.LocalizationSet(set);
        }

        // Term names and paths appear on most pages (cards, filters, theme pages).
        if (item.ContentType == "Taxonomy")
        {
            yield return CacheTags.Public;
        }
    }
}
