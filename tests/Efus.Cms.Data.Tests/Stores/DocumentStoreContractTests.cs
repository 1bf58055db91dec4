using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Stores;

public abstract class DocumentStoreContractTests(IStoreDatabase database) : StoreContractTests(database)
{
    [Fact]
    public async Task GetAsync_UnknownName_ReturnsNull()
    {
        Assert.Null(await WithDocumentsAsync(d => d.GetAsync(UniqueName())));
    }

    [Fact]
    public async Task SaveAsync_NewDocument_GetReturnsSameJson()
    {
        var name = UniqueName();
        var document = TestContent.Json("""{"SiteName":"Efus — Sécurité urbaine","Settings":{"Culture":"fr","Cultures":["fr","en"]}}""");

        await SaveAsync(name, document);

        var read = await WithDocumentsAsync(d => d.GetAsync(name));
        Assert.True(JsonNode.DeepEquals(document, read));
        Assert.Contains("Sécurité", await StoredJsonAsync(name), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_ExistingDocument_ReplacesWholeAndBumpsRevision()
    {
        var name = UniqueName();
        await SaveAsync(name, TestContent.Json("""{"A":1,"B":2}"""));
        Assert.Equal(1, await RevisionAsync(name));

        await SaveAsync(name, TestContent.Json("""{"C":3}"""));

        Assert.True(JsonNode.DeepEquals(TestContent.Json("""{"C":3}"""), await WithDocumentsAsync(d => d.GetAsync(name))));
        Assert.Equal(2, await RevisionAsync(name));
    }

    [Fact]
    public async Task RevisionAsync_CountsSaves_ZeroWithoutDocument()
    {
        var name = UniqueName();
        Assert.Equal(0, await WithDocumentsAsync(d => d.RevisionAsync(name)));

        await SaveAsync(name, []);
        await SaveAsync(name, []);

        Assert.Equal(2, await WithDocumentsAsync(d => d.RevisionAsync(name)));
    }

    [Fact]
    public async Task SaveAsync_InUnitOfWork_SignalsTheDocumentOnlyAfterTheCommit_AndNeverAfterARollback()
    {
        var name = UniqueName();
        await using var scope = NewScope();
        var signals = scope.ServiceProvider.GetRequiredService<DocumentChangeSignals>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();

        await using (await unitOfWork.BeginAsync())
        {
            await documents.SaveAsync(name, []);
        }

        Assert.Equal(0, signals.Version(name));
        await using (await unitOfWork.BeginAsync())
        {
            await documents.SaveAsync(name, []);
            Assert.Equal(0, signals.Version(name));
            await unitOfWork.CommitAsync();
        }

        Assert.Equal(1, signals.Version(name));
    }

    [Fact]
    public async Task ListNamesAsync_SavedDocuments_ListedInOrder()
    {
        var prefix = UniqueName();
        await SaveAsync(prefix + "-b", []);
        await SaveAsync(prefix + "-a", []);

        var names = await WithDocumentsAsync(d => d.ListNamesAsync());

        Assert.Equal([prefix + "-a", prefix + "-b"], names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SaveAsync_OutsideUnitOfWork_NotifiesCommitListenerOnce()
    {
        await using var scope = NewScope();

        await scope.ServiceProvider.GetRequiredService<IDocumentStore>().SaveAsync(UniqueName(), []);

        Assert.Equal(1, scope.ServiceProvider.GetRequiredService<RecordingCommitListener>().Calls);
    }

    private static string UniqueName() => $"Doc{Guid.NewGuid():N}";

    private Task<T> WithDocumentsAsync<T>(Func<IDocumentStore, Task<T>> action) =>
        InScopeAsync(sp => action(sp.GetRequiredService<IDocumentStore>()));

    private Task SaveAsync(string name, JsonObject document) =>
        WithDocumentsAsync(async d =>
        {
            await d.SaveAsync(name, document);
            return 0;
        });

    private Task<int> RevisionAsync(string name) =>
        InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Documents.Where(d => d.Name == name).Select(d => d.Revision).SingleAsync());

    private Task<string> StoredJsonAsync(string name) =>
        InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Documents.Where(d => d.Name == name).Select(d => d.Json).SingleAsync());
}
