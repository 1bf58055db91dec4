using Efus.Cms.Core.Content;
using Efus.Cms.Core.Events;
using Efus.Cms.UrbanSecurity.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Efus.Cms.Web.IntegrationTests.PublicSite;

/// <summary>What a transaction's content events leave to evict after its commit, and what that costs to remember.</summary>
public sealed class OutputCacheInvalidationTests
{
    [Fact]
    public async Task AFewChanges_AreEvictedAgainByTheirTags_AfterTheCommit()
    {
        var store = new RecordingStore();
        var invalidation = new OutputCacheInvalidation(store, new ContentGeneration(), new LocalEvictions(TimeProvider.System));

        await invalidation.HandleAsync(Event("a"), CancellationToken.None);
        await invalidation.HandleAsync(Event("b"), CancellationToken.None);
        store.Evicted.Clear();
        await invalidation.OnCommittedAsync(CancellationToken.None);

        Assert.Equal(
            [CacheTags.Item("a"), CacheTags.Item("b"), CacheTags.Type("Page")],
            store.Evicted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ABulkImport_IsNotRememberedTagByTag_ItsCommitEvictsEveryPublicPage()
    {
        var store = new RecordingStore();
        var invalidation = new OutputCacheInvalidation(store, new ContentGeneration(), new LocalEvictions(TimeProvider.System));

        for (var i = 0; i <= OutputCacheInvalidation.MaxPendingTags; i++)
        {
            await invalidation.HandleAsync(Event($"item{i}"), CancellationToken.None);
        }

        store.Evicted.Clear();
        await invalidation.OnCommittedAsync(CancellationToken.None);
        var afterBulk = store.Evicted.ToList();
        await invalidation.HandleAsync(Event("later"), CancellationToken.None);
        store.Evicted.Clear();
        await invalidation.OnCommittedAsync(CancellationToken.None);

        Assert.Equal([CacheTags.Public], afterBulk);
        Assert.Equal([CacheTags.Item("later"), CacheTags.Type("Page")], store.Evicted.Order(StringComparer.Ordinal));
    }

    private static ContentEvent Event(string id) =>
        new(ContentEventKind.Published, new ContentItem { ContentItemId = id, ContentItemVersionId = id + "-v", ContentType = "Page" }, null);

    private sealed class RecordingStore : IOutputCacheStore
    {
        public List<string> Evicted { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Evicted.Add(tag);
            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
