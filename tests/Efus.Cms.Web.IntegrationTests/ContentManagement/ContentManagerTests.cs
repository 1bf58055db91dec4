using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Events;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.IntegrationTests.ContentManagement;

/// <summary>The content manager on the real SQLite store, with the Efus definitions from the setup recipe.</summary>
public sealed class ContentManagerTests : IDisposable
{
    private readonly EfusSite _site = new();

    private async Task<T> WithManagerAsync<T>(Func<IContentManager, Task<T>> action)
    {
        _ = _site.Server;
        await using var scope = _site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    private Task WithManagerAsync(Func<IContentManager, Task> action) => WithManagerAsync(async m =>
    {
        await action(m);
        return 0;
    });

    private static async Task<ContentItem> NewSheetAsync(IContentManager manager, string title, bool publish)
    {
        var item = await manager.NewAsync("PracticeSheet");
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        item.GetOrCreatePart("PracticeSheet")["City"] = new JsonObject { ["Text"] = "Lyon" };
        item.GetOrCreatePart("PracticeSheet")["Context"] = new JsonObject { ["Html"] = "<p>Contexte <script>alert(1)</script></p>" };
        return await manager.CreateAsync(item, publish);
    }

    [Fact]
    public async Task CreateAsync_Draft_GeneratesPathAndSanitisesHtmlButIsNotPublished()
    {
        var created = await WithManagerAsync(m => NewSheetAsync(m, "Médiation de nuit à Lyon", publish: false));

        var published = await WithManagerAsync(m => m.GetAsync(created.ContentItemId, VersionOptions.Published));
        var latest = await WithManagerAsync(m => m.GetAsync(created.ContentItemId, VersionOptions.Latest));

        Assert.Null(published);
        Assert.Equal("fiches-de-pratique/mediation-de-nuit-a-lyon", AutoroutePath.Of(latest!));
        Assert.Equal("Médiation de nuit à Lyon", latest!.DisplayText);
        Assert.DoesNotContain("<script>", latest.Field("PracticeSheet", "Context")!["Html"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_PublishedItem_StartsADraftAndPublishKeepsHistory()
    {
        var created = await WithManagerAsync(m => NewSheetAsync(m, "Éclairage public", publish: true));

        await WithManagerAsync(async m =>
        {
            var edit = (await m.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            edit.GetOrCreatePart("TitlePart")["Title"] = "Éclairage public intelligent";
            await m.UpdateAsync(edit);
        });
        var visitorSees = await WithManagerAsync(m => m.GetAsync(created.ContentItemId, VersionOptions.Published));
        await WithManagerAsync(m => m.PublishAsync(created.ContentItemId));
        var versions = await WithManagerAsync(m => m.GetVersionsAsync(created.ContentItemId));

        Assert.Equal("Éclairage public", visitorSees!.DisplayText);
        Assert.Equal(2, versions.Count);
        Assert.Single(versions, v => v.Published && v.Latest && v.DisplayText == "Éclairage public intelligent");
        Assert.Single(versions, v => !v.Published && !v.Latest);
    }

    [Fact]
    public async Task UpdateAsync_StaleRevision_IsAConflictAndNothingIsLost()
    {
        var created = await WithManagerAsync(m => NewSheetAsync(m, "Vidéoprotection", publish: false));
        var first = (await WithManagerAsync(m => m.GetAsync(created.ContentItemId, VersionOptions.Latest)))!;
        var second = (await WithManagerAsync(m => m.GetAsync(created.ContentItemId, VersionOptions.Latest)))!;

        first.GetOrCreatePart("TitlePart")["Title"] = "Vidéoprotection — édition A";
        await WithManagerAsync(m => m.UpdateAsync(first));
        second.GetOrCreatePart("TitlePart")["Title"] = "Vidéoprotection — édition B";
        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() => WithManagerAsync(m => m.UpdateAsync(second)));

        var stored = await WithManagerAsync(m => m.GetAsync(created.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Vidéoprotection — édition A", stored!.DisplayText);
        Assert.Equal(created.ContentItemId, conflict.ContentItemId);
    }

    [Fact]
    public async Task CreateAsync_DuplicatePath_IsRefusedNamingTheField()
    {
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => WithManagerAsync(async m =>
        {
            var item = await m.NewAsync("CooperationProject");
            item.GetOrCreatePart("TitlePart")["Title"] = "Doublon";
            item.GetOrCreatePart("AutoroutePart")["Path"] = "projets/protect";
            return await m.CreateAsync(item, publish: true);
        }));

        Assert.Contains(error.Errors, e => e.Field == "AutoroutePart.Path" && e.Message.Contains("already used", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnpublishDiscardRemove_FollowTheItemsState()
    {
        var created = await WithManagerAsync(m => NewSheetAsync(m, "Prévention situationnelle", publish: true));
        await WithManagerAsync(async m =>
        {
            var edit = (await m.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            edit.GetOrCreatePart("TitlePart")["Title"] = "Brouillon à jeter";
            await m.UpdateAsync(edit);
        });

        var kept = await WithManagerAsync(m => m.DiscardDraftAsync(created.ContentItemId));
        await WithManagerAsync(m => m.UnpublishAsync(created.ContentItemId));
        var afterUnpublish = await WithManagerAsync(m => m.GetAsync(created.ContentItemId, VersionOptions.Published));
        await WithManagerAsync(m => m.RemoveAsync(created.ContentItemId));
        var afterRemove = await WithManagerAsync(m => m.GetAsync(created.ContentItemId, VersionOptions.Latest));

        Assert.Equal("Prévention situationnelle", kept.DisplayText);
        Assert.Null(afterUnpublish);
        Assert.Null(afterRemove);
        await Assert.ThrowsAsync<InvalidContentOperationException>(() => WithManagerAsync(m => m.UnpublishAsync(created.ContentItemId)));
    }

    [Fact]
    public async Task Changes_RaiseEventsAndAppendIndexingTasks()
    {
        var recorder = new RecordingHandler();
        using var site = _site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IContentEventHandler>(recorder)));
        _ = site.Server;
        recorder.Kinds.Clear();
        await using var scope = site.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var store = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var before = (await store.ReadIndexingTasksAsync(0, 10_000)).Count;

        var created = await NewSheetAsync(manager, "Médiateurs", publish: true);
        await manager.UnpublishAsync(created.ContentItemId);
        await manager.RemoveAsync(created.ContentItemId);

        Assert.Equal([ContentEventKind.Created, ContentEventKind.Published, ContentEventKind.Unpublished, ContentEventKind.Removed], recorder.Kinds);
        var tasks = (await store.ReadIndexingTasksAsync(0, 10_000)).Skip(before).ToList();
        Assert.Equal([IndexingTaskType.Update, IndexingTaskType.Update, IndexingTaskType.Delete], tasks.Select(t => t.Type));
    }

    public void Dispose() => _site.Dispose();

    private sealed class RecordingHandler : IContentEventHandler
    {
        public List<ContentEventKind> Kinds { get; } = [];

        public Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken)
        {
            Kinds.Add(contentEvent.Kind);
            return Task.CompletedTask;
        }
    }
}
