using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.IntegrationTests.ContentManagement;

/// <summary>
/// Definitions are parsed once per node (<see cref="DocumentCache{T}"/>): a save on this node is read by the next
/// scope; a change another node wrote, once the revision check is due and not before.
/// </summary>
public sealed class SharedDefinitionsTests
{
    [Fact]
    public async Task DefinitionsSavedOnThisNode_AreReadByTheNextScope()
    {
        using var site = new EfusSite();
        _ = site.Server;
        var first = await DefinitionsAsync(site);
        Assert.Same(first, await DefinitionsAsync(site));

        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().SaveAsync(first.WithoutType("PracticeSheet"));
        }

        var next = await DefinitionsAsync(site);
        Assert.Null(next.Type("PracticeSheet"));
        Assert.NotNull(next.Type("Publication"));
        Assert.Same(next, await DefinitionsAsync(site));
    }

    [Fact]
    public async Task DefinitionsWrittenByAnotherNode_AreReadOnceTheRevisionCheckIsDue()
    {
        var clock = new StoppableClock();
        using var node = new EfusSite();
        using var site = node.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock)));
        _ = site.Server;
        clock.Stop();
        clock.Shift(DocumentChangeSignals.RevisionCheckInterval);
        var first = await DefinitionsAsync(site);
        Assert.NotNull(first.Type("PracticeSheet"));

        // Another node writes the row itself: this node's store never signals it.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(node.DataPath, "efus.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """UPDATE "Documents" SET "Json" = $json, "Revision" = "Revision" + 1 WHERE "Name" = $name""";
            command.Parameters.AddWithValue("$json", ContentDefinitionJson.ToJson(first.WithoutType("PracticeSheet")).ToJsonString());
            command.Parameters.AddWithValue("$name", DocumentNames.ContentDefinitions);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        clock.Shift(DocumentChangeSignals.RevisionCheckInterval - TimeSpan.FromMilliseconds(1));
        Assert.Same(first, await DefinitionsAsync(site));

        clock.Shift(TimeSpan.FromMilliseconds(1));
        var next = await DefinitionsAsync(site);
        Assert.Null(next.Type("PracticeSheet"));
        Assert.NotNull(next.Type("Publication"));
    }

    private static async Task<ContentDefinitions> DefinitionsAsync(WebApplicationFactory<Program> site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetAsync();
    }

    /// <summary>The system's time until the test stops it, then moved by the test alone (timers keep the system's pace).</summary>
    private sealed class StoppableClock : TimeProvider
    {
        private DateTimeOffset? _stopped;

        public override DateTimeOffset GetUtcNow() => _stopped ?? base.GetUtcNow();

        public void Stop() => _stopped = base.GetUtcNow();

        public void Shift(TimeSpan by) => _stopped += by;
    }
}
