using System.Diagnostics;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Efus.Cms.Search.Lucene.IntegrationTests;

/// <summary>
/// Two web nodes on one PostgreSQL database, each with its own Lucene folder: an edit made on one node
/// is found on the other within seconds (its timer follows the shared task log). PostgreSQL on
/// 127.0.0.1 is started by .ci/start-postgres.sh; each test creates its own database and drops it.
/// </summary>
public sealed class TwoNodePostgreSqlTests : IAsyncLifetime
{
    private const string ServerVariable = "EFUS_TEST_POSTGRES";
    private readonly string _database = $"efus_search_{Guid.NewGuid():N}";
    private readonly NpgsqlConnectionStringBuilder _server = new(
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : "Host=127.0.0.1;Username=postgres;Password=postgres;Database=postgres");

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = _database, Pooling = true }.ConnectionString;

    public Task InitializeAsync() => ExecuteOnServerAsync($"CREATE DATABASE \"{_database}\"");

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    [Fact]
    public async Task EditOnOneNode_IsFoundOnTheOtherWithinSeconds()
    {
        using var first = new SearchSite(postgreSql: ConnectionString);
        first.CreateClient();
        using var second = new SearchSite(postgreSql: ConnectionString);
        second.CreateClient();
        Assert.Equal(3, (await second.SearchAsync("q=vidéosurveillance"))["total"]!.GetValue<int>());

        var created = await CreateAsync(first, "Les zorglubs de la première instance");
        var elapsed = await WaitUntilFoundAsync(second, "zorglubs", created.ContentItemId);
        var back = await CreateAsync(second, "Les bidulons de la seconde instance");
        await WaitUntilFoundAsync(first, "bidulons", back.ContentItemId);

        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"found after {elapsed}");
        Assert.Equal([created.ContentItemId], SearchSite.HitIds(await first.SearchAsync("q=zorglubs")));
    }

    [Fact]
    public async Task TaskIdsCommittedOutOfOrder_AreAllIndexed()
    {
        using var site = new SearchSite(postgreSql: ConnectionString);
        site.CreateClient();

        // A transaction draws a task id and stays open while a later id commits and is indexed.
        await using var scope = site.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<Efus.Cms.Core.Storage.IUnitOfWork>();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        ContentItem early;
        await using (await unitOfWork.BeginAsync())
        {
            var item = await content.NewAsync("Publication");
            item.GetOrCreatePart(WellKnownParts.Title)["Title"] = "Les zorglubs tardifs";
            early = await content.CreateAsync(item, publish: true);

            var later = await CreateAsync(site, "Les bidulons pressés");
            Assert.Equal([later.ContentItemId], SearchSite.HitIds(await site.SearchAsync("q=bidulons")));

            await unitOfWork.CommitAsync();
        }

        Assert.Equal([early.ContentItemId], SearchSite.HitIds(await site.SearchAsync("q=zorglubs")));
    }

    [Fact]
    public async Task RebuildOnOneNode_IsFollowedByTheOther()
    {
        using var first = new SearchSite(postgreSql: ConnectionString);
        first.CreateClient();
        using var second = new SearchSite(postgreSql: ConnectionString);
        second.CreateClient();
        var created = await CreateAsync(first, "Les zorglubs reconstruits");
        await WaitUntilFoundAsync(second, "zorglubs", created.ContentItemId);

        // The second node's index loses the document behind the task log's back: only a rebuild brings it back.
        var manager = second.Services.GetRequiredService<Indexing.LuceneIndexManager>();
        var index = manager.OpenIndex("Search")!;
        index.Writer.DeleteDocuments(new global::Lucene.Net.Index.Term(Documents.IndexingConstants.ContentItemId, created.ContentItemId));
        index.Refresh();
        Assert.Empty(SearchSite.HitIds(await second.SearchAsync("q=zorglubs")));

        Assert.True(await first.Services.GetRequiredService<Indexing.LuceneIndexingService>().RebuildAsync("Search"));

        await WaitUntilFoundAsync(second, "zorglubs", created.ContentItemId);
        Assert.Equal([created.ContentItemId], SearchSite.HitIds(await first.SearchAsync("q=zorglubs")));
    }

    [Fact]
    public async Task IndexDefinitionChange_IsAppliedByEveryNode()
    {
        using var first = new SearchSite(postgreSql: ConnectionString);
        first.CreateClient();
        using var second = new SearchSite(postgreSql: ConnectionString);
        second.CreateClient();
        var created = await CreateAsync(first, "Les zorglubs retirés");
        await WaitUntilFoundAsync(second, "zorglubs", created.ContentItemId);

        // Publications leave the index definition (as an edited lucene-index step would do).
        await first.WithScopeAsync(async services =>
        {
            var documents = services.GetRequiredService<IDocumentStore>();
            var settings = (await documents.GetAsync(DocumentNames.LuceneIndexSettings))!;
            var types = settings["Search"]!["IndexedContentTypes"]!.AsArray();
            types.Remove(types.First(t => (string?)t == "Publication"));
            await documents.SaveAsync(DocumentNames.LuceneIndexSettings, settings);
        });

        await WaitUntilGoneAsync(first, "zorglubs");
        await WaitUntilGoneAsync(second, "zorglubs");
    }

    private static async Task WaitUntilGoneAsync(SearchSite site, string word)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(30))
        {
            if ((await site.SearchAsync("q=" + word))["total"]!.GetValue<int>() == 0)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"'{word}' was still found after 30 s.");
    }

    private static async Task<ContentItem> CreateAsync(SearchSite site, string title)
    {
        ContentItem? created = null;
        await site.WithScopeAsync(async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = await content.NewAsync("Publication");
            item.GetOrCreatePart(WellKnownParts.Title)["Title"] = title;
            created = await content.CreateAsync(item, publish: true);
        });
        return created!;
    }

    private static async Task<TimeSpan> WaitUntilFoundAsync(SearchSite site, string word, string contentItemId)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (SearchSite.HitIds(await site.SearchAsync("q=" + word)).Contains(contentItemId))
            {
                return stopwatch.Elapsed;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"'{word}' was not found on the other node within 20 s.");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
