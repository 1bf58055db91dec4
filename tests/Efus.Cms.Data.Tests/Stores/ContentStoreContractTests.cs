using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Stores;

public abstract class ContentStoreContractTests(IStoreDatabase database) : StoreContractTests(database)
{
    [Fact]
    public async Task CommitAsync_NewItem_ReadableByIdVersionAndPath()
    {
        var path = TestContent.UniquePath("securite-urbaine");
        var item = TestContent.Item("Page", "Sécurité urbaine", path: path);
        item.GetOrCreatePart("HtmlBodyPart")["Html"] = "<p>Vidéoprotection</p>";

        await SaveAsync(item);

        Assert.Equal(1, item.Revision);
        var published = await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Published));
        var latest = await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Latest));
        var draft = await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Draft));
        var version = await WithContentAsync(s => s.GetVersionAsync(item.ContentItemVersionId));
        var byPath = await WithContentAsync(s => s.GetByPathAsync(path, VersionOptions.Published));
        var byPathLatest = await WithContentAsync(s => s.GetByPathAsync(path, VersionOptions.Latest));
        Assert.Null(draft);
        foreach (var read in new[] { published, latest, version, byPath, byPathLatest })
        {
            Assert.NotNull(read);
            Assert.Equal(ContentItemJson.Serialize(item), ContentItemJson.Serialize(read));
            Assert.Equal(1, read.Revision);
        }
    }

    [Fact]
    public async Task GetAsync_UnknownIdOrPath_ReturnsNull()
    {
        Assert.Null(await WithContentAsync(s => s.GetAsync(IdGenerator.NewId(), VersionOptions.Latest)));
        Assert.Null(await WithContentAsync(s => s.GetVersionAsync(IdGenerator.NewId())));
        Assert.Null(await WithContentAsync(s => s.GetByPathAsync(TestContent.UniquePath("nowhere"), VersionOptions.Published)));
    }

    [Fact]
    public async Task CommitAsync_DraftOfPublishedItem_VersionsListedOldestFirst()
    {
        var v1 = TestContent.Item("Page", "Publié");
        await SaveAsync(v1);
        var v2 = TestContent.NewVersion(v1, "Brouillon");
        v1.Latest = false;

        await SaveAsync(v2, v1);

        var versions = await WithContentAsync(s => s.GetVersionsAsync(v1.ContentItemId));
        Assert.Equal([v1.ContentItemVersionId, v2.ContentItemVersionId], versions.Select(v => v.ContentItemVersionId));
        Assert.Equal([2, 1], versions.Select(v => v.Revision));
        Assert.Equal("Publié", (await WithContentAsync(s => s.GetAsync(v1.ContentItemId, VersionOptions.Published)))?.DisplayText);
        Assert.Equal("Brouillon", (await WithContentAsync(s => s.GetAsync(v1.ContentItemId, VersionOptions.Latest)))?.DisplayText);
        Assert.Equal("Brouillon", (await WithContentAsync(s => s.GetAsync(v1.ContentItemId, VersionOptions.Draft)))?.DisplayText);
    }

    [Fact]
    public async Task CommitAsync_StaleRevision_ThrowsConflictAndWritesNothing()
    {
        var item = TestContent.Item("Page", "Original");
        await SaveAsync(item);
        var mine = (await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Latest)))!;
        var theirs = (await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Latest)))!;
        theirs.DisplayText = "Theirs";
        await SaveAsync(theirs);
        var lastTask = await LastTaskIdAsync();

        mine.DisplayText = "Mine";
        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() => SaveAsync(mine));

        Assert.Equal(item.ContentItemId, conflict.ContentItemId);
        Assert.Equal(1, mine.Revision);
        var stored = await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Theirs", stored?.DisplayText);
        Assert.Equal(2, stored?.Revision);
        Assert.Empty(await WithContentAsync(s => s.ReadIndexingTasksAsync(lastTask, 10)));
    }

    [Fact]
    public async Task CommitAsync_ChangedBetweenCheckAndSave_ConcurrencyTokenThrowsConflictAndWritesNothing()
    {
        var item = TestContent.Item("Page", "Original");
        await SaveAsync(item);
        var lastTask = await LastTaskIdAsync();
        var newDraft = TestContent.NewVersion(item, "Draft");
        item.Latest = false;
        item.DisplayText = "Changed";
        ConcurrentEdits.BumpVersionIdBeforeNextSave = item.ContentItemVersionId;

        await Assert.ThrowsAsync<ContentConflictException>(() => SaveAsync(newDraft, item));

        var versions = await WithContentAsync(s => s.GetVersionsAsync(item.ContentItemId));
        var only = Assert.Single(versions);
        Assert.Equal("Original", only.DisplayText);
        Assert.True(only.Latest);
        Assert.Empty(await WithContentAsync(s => s.ReadIndexingTasksAsync(lastTask, 10)));
    }

    [Fact]
    public async Task CommitAsync_ItemOfAnotherId_IsRefusedBeforeWriting()
    {
        var first = TestContent.Item("Page", "First");
        var second = TestContent.Item("Page", "Second");

        await Assert.ThrowsAsync<ArgumentException>(() => WithContentAsync(async s =>
        {
            await s.CommitAsync(new ContentChangeSet(first.ContentItemId, [first, second], [], IndexingTaskType.Update));
            return 0;
        }));

        Assert.Null(await WithContentAsync(s => s.GetAsync(first.ContentItemId, VersionOptions.Latest)));
    }

    [Fact]
    public async Task CommitAsync_DeletesListedVersions()
    {
        var published = TestContent.Item("Page", "Publié");
        await SaveAsync(published);
        var draft = TestContent.NewVersion(published, "Brouillon");
        published.Latest = false;
        await SaveAsync(draft, published);

        published.Latest = true;
        await WithContentAsync(async s =>
        {
            await s.CommitAsync(new ContentChangeSet(published.ContentItemId, [published], [draft], IndexingTaskType.Update));
            return 0;
        });

        var versions = await WithContentAsync(s => s.GetVersionsAsync(published.ContentItemId));
        Assert.Equal([published.ContentItemVersionId], versions.Select(v => v.ContentItemVersionId));
        Assert.Null(await WithContentAsync(s => s.GetVersionAsync(draft.ContentItemVersionId)));
        Assert.Null(await WithContentAsync(s => s.GetAsync(published.ContentItemId, VersionOptions.Draft)));
    }

    [Fact]
    public async Task CommitAsync_EachChangeSet_AppendsOneIndexingTaskInOrder()
    {
        var lastTask = await LastTaskIdAsync();
        var first = TestContent.Item("Page", "Un");
        var second = TestContent.Item("Page", "Deux");
        await SaveAsync(first);
        await SaveAsync(second);
        first.Latest = false;
        first.Published = false;
        await WithContentAsync(async s =>
        {
            await s.CommitAsync(new ContentChangeSet(first.ContentItemId, [first], [], IndexingTaskType.Delete));
            return 0;
        });

        var tasks = await WithContentAsync(s => s.ReadIndexingTasksAsync(lastTask, 100));

        Assert.Equal([first.ContentItemId, second.ContentItemId, first.ContentItemId], tasks.Select(t => t.ContentItemId));
        Assert.Equal([IndexingTaskType.Update, IndexingTaskType.Update, IndexingTaskType.Delete], tasks.Select(t => t.Type));
        Assert.True(tasks[0].Id > lastTask && tasks[0].Id < tasks[1].Id && tasks[1].Id < tasks[2].Id);
        Assert.All(tasks, t => Assert.Equal(DateTimeKind.Utc, t.CreatedUtc.Kind));
        Assert.Equal([tasks[1]], await WithContentAsync(s => s.ReadIndexingTasksAsync(tasks[0].Id, 1)));
        Assert.Equal(tasks[2].Id, await WithContentAsync(s => s.LastIndexingTaskIdAsync()));
    }

    [Fact]
    public async Task GetManyAsync_Ids_ReturnsItemsInRequestedOrderSkippingMissing()
    {
        var a = TestContent.Item("Page", "A");
        var b = TestContent.Item("Page", "B");
        var draftOnly = TestContent.Item("Page", "C", published: false);
        await SaveAsync(a);
        await SaveAsync(b);
        await SaveAsync(draftOnly);

        var published = await WithContentAsync(s => s.GetManyAsync(
            [b.ContentItemId, IdGenerator.NewId(), draftOnly.ContentItemId, a.ContentItemId], VersionOptions.Published));
        var latest = await WithContentAsync(s => s.GetManyAsync([draftOnly.ContentItemId, a.ContentItemId], VersionOptions.Latest));

        Assert.Equal(["B", "A"], published.Select(i => i.DisplayText));
        Assert.Equal(["C", "A"], latest.Select(i => i.DisplayText));
        Assert.Empty(await WithContentAsync(s => s.GetManyAsync([], VersionOptions.Published)));
    }

    [Fact]
    public async Task GetPublishedStampedAsync_HeldStamp_ComesWithoutItem_UntilTheRowIsWrittenAgain()
    {
        var a = TestContent.Item("Page", "A");
        var b = TestContent.Item("Page", "B");
        var draftOnly = TestContent.Item("Page", "C", published: false);
        await SaveAsync(a);
        await SaveAsync(b);
        await SaveAsync(draftOnly);

        var first = await WithContentAsync(s => s.GetPublishedStampedAsync([b.ContentItemId, draftOnly.ContentItemId, a.ContentItemId], new HashSet<string>()));
        Assert.Equal(["B", "A"], first.Select(i => i.Item?.DisplayText));
        Assert.Equal($"{a.ContentItemVersionId}:1", first[1].Stamp);

        var held = await WithContentAsync(s => s.GetPublishedStampedAsync([a.ContentItemId, b.ContentItemId], new HashSet<string> { first[1].Stamp }));
        Assert.Null(held[0].Item);
        Assert.Equal(first[1].Stamp, held[0].Stamp);
        Assert.Equal("B", held[1].Item?.DisplayText);

        var stored = (await WithContentAsync(s => s.GetAsync(a.ContentItemId, VersionOptions.Published)))!;
        stored.DisplayText = "A bis";
        await SaveAsync(stored);
        var rewritten = Assert.Single(await WithContentAsync(s => s.GetPublishedStampedAsync([a.ContentItemId], new HashSet<string> { first[1].Stamp })));
        Assert.Equal("A bis", rewritten.Item?.DisplayText);
        Assert.Equal($"{a.ContentItemVersionId}:2", rewritten.Stamp);
    }

    [Fact]
    public async Task FindPathOwnerAsync_PathOfLatestOrPublishedVersion_ReturnsOtherItemOnly()
    {
        var path = TestContent.UniquePath("projets");
        var oldPath = TestContent.UniquePath("ancien");
        var owner = TestContent.Item("Page", "Projets", path: oldPath);
        await SaveAsync(owner);
        var renamed = TestContent.NewVersion(owner, "Projets");
        renamed.GetOrCreatePart(WellKnownParts.Autoroute)["Path"] = path;
        renamed.Published = true;
        owner.Latest = false;
        owner.Published = false;
        await SaveAsync(renamed, owner);

        Assert.Equal(owner.ContentItemId, await WithContentAsync(s => s.FindPathOwnerAsync(path, IdGenerator.NewId())));
        Assert.Null(await WithContentAsync(s => s.FindPathOwnerAsync(path, owner.ContentItemId)));
        Assert.Null(await WithContentAsync(s => s.FindPathOwnerAsync(oldPath, IdGenerator.NewId())));
    }

    [Fact]
    public async Task StreamLatestAndPublishedAsync_ReturnsLatestAndPublishedVersionsByCreation()
    {
        var late = TestContent.Item("Page", "Late", created: TestContent.Day(20));
        var early = TestContent.Item("Page", "Early", created: TestContent.Day(10));
        var sameTimeFirst = TestContent.Item("Page", "Same 1", created: TestContent.Day(15));
        var sameTimeSecond = TestContent.Item("Page", "Same 2", created: TestContent.Day(15));
        await SaveAsync(late);
        await SaveAsync(early);
        await SaveAsync(sameTimeFirst);
        await SaveAsync(sameTimeSecond);
        var draft = TestContent.NewVersion(early, "Early draft");
        early.Latest = false;
        await SaveAsync(draft, early);
        var archived = TestContent.NewVersion(late, "Late v2");
        archived.Published = true;
        late.Latest = false;
        late.Published = false;
        await SaveAsync(archived, late);
        var mine = new HashSet<string>([late.ContentItemId, early.ContentItemId, sameTimeFirst.ContentItemId, sameTimeSecond.ContentItemId]);

        var streamed = await InScopeAsync(async sp =>
        {
            var items = new List<ContentItem>();
            await foreach (var item in sp.GetRequiredService<IContentStore>().StreamLatestAndPublishedAsync())
            {
                if (mine.Contains(item.ContentItemId))
                {
                    items.Add(item);
                }
            }

            return items;
        });

        Assert.Equal(["Early", "Early draft", "Same 1", "Same 2", "Late v2"], streamed.Select(i => i.DisplayText));
        Assert.All(streamed, i => Assert.True(i.Revision > 0));
    }

    [Fact]
    public async Task CommitAsync_Dates_RoundTripAsUtc()
    {
        var created = new DateTime(2024, 11, 5, 14, 30, 15, DateTimeKind.Utc).AddTicks(1234560);
        var item = TestContent.Item("Page", "Dates", created: created);
        await SaveAsync(item);

        var read = await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Published));
        var record = await InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ContentItems.AsNoTracking()
            .SingleAsync(r => r.ContentItemVersionId == item.ContentItemVersionId));

        Assert.Equal(created, read?.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, read?.CreatedUtc?.Kind);
        Assert.Equal(created, record.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, record.CreatedUtc?.Kind);
        Assert.Equal(DateTimeKind.Utc, record.PublishedUtc?.Kind);
    }

    [Fact]
    public async Task CommitAsync_Record_HoldsIndexedColumnsAndOrchardJson()
    {
        var path = TestContent.UniquePath("manifeste");
        var item = TestContent.Item("Publication", "Manifeste", path: path, culture: "fr");
        await SaveAsync(item);

        var record = await InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ContentItems.AsNoTracking()
            .SingleAsync(r => r.ContentItemVersionId == item.ContentItemVersionId));

        Assert.Equal(("Publication", "Manifeste", path, "fr"), (record.ContentType, record.DisplayText, record.Path, record.Culture));
        Assert.Equal(item.Part(WellKnownParts.Localization)?["LocalizationSet"]?.GetValue<string>(), record.LocalizationSet);
        Assert.True(record.Latest && record.Published);
        var json = JsonNode.Parse(record.Json)!.AsObject();
        Assert.Equal("ContentItemId", json.First().Key);
        Assert.False(json.ContainsKey("Revision"));
    }

    private async Task<long> LastTaskIdAsync() =>
        await InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().IndexingTasks.MaxAsync(t => (long?)t.Id)) ?? 0;
}
