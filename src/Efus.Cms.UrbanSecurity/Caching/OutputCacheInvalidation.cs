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
/// (again after the commit) and is remembered in <see cref="LocalEvictions"/> for the follower. A transaction
/// with more than <see cref="MaxPendingTags"/> tags (a recipe) evicts every public page after its commit instead
/// of remembering a tag per item.
/// </summary>
public sealed class OutputCacheInvalidation(IOutputCacheStore store, ContentGeneration generation, LocalEvictions evictions) : IContentEventHandler, ICommitListener
{
    /// <summary>Past this many tags waiting for a commit (a recipe's items), the commit evicts every public page instead.</summary>
    public const int MaxPendingTags = 1_000;

    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private int _pendingCount;
    private volatile bool _evictEverything;

    public async Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken)
    {
        generation.Advance();
        evictions.Record(contentEvent.Item);
        foreach (var tag in TagsOf(contentEvent.Item))
        {
            Remember(tag);
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    public async Task OnCommittedAsync(CancellationToken cancellationToken)
    {
        // What was read between the event and the commit (the old version) is not kept.
        generation.Advance();
        if (_evictEverything)
        {
            _evictEverything = false;
            await store.EvictByTagAsync(CacheTags.Public, cancellationToken);
        }

        foreach (var tag in _pending.Keys)
        {
            if (_pending.TryRemove(tag, out _))
            {
                Interlocked.Decrement(ref _pendingCount);
                await store.EvictByTagAsync(tag, cancellationToken);
            }
        }
    }

    private void Remember(string tag)
    {
        if (_evictEverything)
        {
            return;
        }

        // A tag per item kept until the commit grew with a bulk import (two tags, some 300 bytes, per item).
        if (_pending.TryAdd(tag, 0) && Interlocked.Increment(ref _pendingCount) > MaxPendingTags)
        {
            _evictEverything = true;
            _pending.Clear();
            Interlocked.Exchange(ref _pendingCount, 0);
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
