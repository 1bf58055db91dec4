using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Stores;

public abstract class UnitOfWorkContractTests(IStoreDatabase database) : StoreContractTests(database)
{
    [Fact]
    public async Task DisposeAsync_WithoutCommit_RollsBackEveryStoreAndClearsTracker()
    {
        var item = TestContent.Item("Page", "Annulé");
        var document = $"Doc{Guid.NewGuid():N}";
        var media = $"m{Guid.NewGuid():N}/a.txt";
        var lastTask = await LastTaskIdAsync();
        await using var scope = NewScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();

        await using (await unitOfWork.BeginAsync())
        {
            await services.GetRequiredService<IContentStore>().CommitAsync(TestContent.Saving(item));
            await services.GetRequiredService<IDocumentStore>().SaveAsync(document, []);
            await services.GetRequiredService<IMediaStore>().SaveAsync(media, [1]);
            services.GetRequiredService<CmsDbContext>().AuditEvents.Add(new() { Action = "Tracked", Utc = DateTime.UtcNow });
        }

        Assert.Empty(services.GetRequiredService<CmsDbContext>().ChangeTracker.Entries());
        Assert.Equal(0, services.GetRequiredService<RecordingCommitListener>().Calls);
        Assert.Null(await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Latest)));
        Assert.Empty(await WithContentAsync(s => s.ReadIndexingTasksAsync(lastTask, 10)));
        Assert.Null(await InScopeAsync(sp => sp.GetRequiredService<IDocumentStore>().GetAsync(document)));
        Assert.Null(await InScopeAsync(sp => sp.GetRequiredService<IMediaStore>().GetAsync(media)));
        Assert.Null(await services.GetRequiredService<IContentStore>().GetAsync(item.ContentItemId, VersionOptions.Latest));
    }

    [Fact]
    public async Task CommitAsync_SeveralWrites_VisibleTogetherAndListenerCalledOnceAfterCommit()
    {
        var first = TestContent.Item("Page", "Un");
        var second = TestContent.Item("Page", "Deux");
        await using var scope = NewScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var listener = services.GetRequiredService<RecordingCommitListener>();
        var store = services.GetRequiredService<IContentStore>();

        await using (await unitOfWork.BeginAsync())
        {
            await store.CommitAsync(TestContent.Saving(first));
            await store.CommitAsync(TestContent.Saving(second));
            Assert.Equal(0, listener.Calls);
            Assert.Null(await WithContentAsync(s => s.GetAsync(first.ContentItemId, VersionOptions.Latest)));

            await unitOfWork.CommitAsync();
        }

        Assert.Equal(1, listener.Calls);
        Assert.NotNull(await WithContentAsync(s => s.GetAsync(first.ContentItemId, VersionOptions.Latest)));
        Assert.NotNull(await WithContentAsync(s => s.GetAsync(second.ContentItemId, VersionOptions.Latest)));
    }

    [Fact]
    public async Task CommitAsync_OutsideUnitOfWork_NotifiesAfterEachWrite()
    {
        await using var scope = NewScope();
        var store = scope.ServiceProvider.GetRequiredService<IContentStore>();

        await store.CommitAsync(TestContent.Saving(TestContent.Item("Page", "Un")));
        await store.CommitAsync(TestContent.Saving(TestContent.Item("Page", "Deux")));

        Assert.Equal(2, scope.ServiceProvider.GetRequiredService<RecordingCommitListener>().Calls);
    }

    [Fact]
    public async Task CommitAsync_AfterRefusedChangeSet_TransactionStillCommitsTheRest()
    {
        var item = TestContent.Item("Page", "Original");
        await SaveAsync(item);
        var stale = (await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Latest)))!;
        var other = TestContent.Item("Page", "Autre");
        await using var scope = NewScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var store = services.GetRequiredService<IContentStore>();

        await using (await unitOfWork.BeginAsync())
        {
            var fresh = (await store.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            fresh.DisplayText = "Fresh";
            await store.CommitAsync(TestContent.Saving(fresh));
            stale.DisplayText = "Stale";
            await Assert.ThrowsAsync<ContentConflictException>(() => store.CommitAsync(TestContent.Saving(stale)));
            var racing = TestContent.NewVersion(fresh, "Racing draft");
            fresh.Latest = false;
            ConcurrentEdits.BumpVersionIdBeforeNextSave = fresh.ContentItemVersionId;
            await Assert.ThrowsAsync<ContentConflictException>(() => store.CommitAsync(TestContent.Saving(racing, fresh)));
            await store.CommitAsync(TestContent.Saving(other));
            await unitOfWork.CommitAsync();
        }

        var versions = await WithContentAsync(s => s.GetVersionsAsync(item.ContentItemId));
        Assert.Equal("Fresh", Assert.Single(versions).DisplayText);
        Assert.NotNull(await WithContentAsync(s => s.GetAsync(other.ContentItemId, VersionOptions.Published)));
    }

    [Fact]
    public async Task BeginAsync_Nested_JoinsTheOuterTransaction()
    {
        var item = TestContent.Item("Page", "Imbriqué");
        await using var scope = NewScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();

        await using (await unitOfWork.BeginAsync())
        {
            await using (await unitOfWork.BeginAsync())
            {
                await services.GetRequiredService<IContentStore>().CommitAsync(TestContent.Saving(item));
                await unitOfWork.CommitAsync();
            }

            Assert.Equal(0, services.GetRequiredService<RecordingCommitListener>().Calls);
            Assert.Null(await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Latest)));
            await unitOfWork.CommitAsync();
        }

        Assert.Equal(1, services.GetRequiredService<RecordingCommitListener>().Calls);
        Assert.NotNull(await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Latest)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => unitOfWork.CommitAsync());
    }

    [Fact]
    public async Task CommitAsync_AfterAnInnerScopeRolledBack_ThrowsAndWritesNothing()
    {
        var item = TestContent.Item("Page", "Condamné");
        await using var scope = NewScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();

        await using (await unitOfWork.BeginAsync())
        {
            await using (await unitOfWork.BeginAsync())
            {
                await services.GetRequiredService<IContentStore>().CommitAsync(TestContent.Saving(item));
            }

            await Assert.ThrowsAsync<InvalidOperationException>(() => unitOfWork.CommitAsync());
        }

        Assert.Null(await WithContentAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.Latest)));
    }

    [Fact]
    public async Task BeginAsync_AfterRollback_StartsAFreshTransaction()
    {
        var kept = TestContent.Item("Page", "Gardé");
        await using var scope = NewScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var store = scope.ServiceProvider.GetRequiredService<IContentStore>();
        await using (await unitOfWork.BeginAsync())
        {
            await store.CommitAsync(TestContent.Saving(TestContent.Item("Page", "Perdu")));
        }

        await using (await unitOfWork.BeginAsync())
        {
            await store.CommitAsync(TestContent.Saving(kept));
            await unitOfWork.CommitAsync();
        }

        Assert.NotNull(await WithContentAsync(s => s.GetAsync(kept.ContentItemId, VersionOptions.Latest)));
        Assert.Equal(1, scope.ServiceProvider.GetRequiredService<RecordingCommitListener>().Calls);
    }

    private async Task<long> LastTaskIdAsync() =>
        await InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().IndexingTasks.MaxAsync(t => (long?)t.Id)) ?? 0;
}
