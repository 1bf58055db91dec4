using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Sqlite;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Sqlite;

/// <summary>What the SQLite provider adds so that the site and the command line can share one file.</summary>
public sealed class SqliteProviderTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private IServiceProvider _site = null!;

    public async Task InitializeAsync() => _site = await _database.OpenAsync();

    public Task DisposeAsync() => _database.CloseAsync();

    [Fact]
    public async Task Connection_Opened_UsesWalAndBusyTimeout()
    {
        await using var scope = _site.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal("10000", await PragmaAsync(db, "busy_timeout"));
    }

    [Fact]
    public async Task SaveAsync_WhileAnotherProcessHoldsTheWriteLock_WaitsInsteadOfFailing()
    {
        await using var cli = TestServices.Build(services => services.AddEfusSqlite(_database.ConnectionString));
        await using var siteScope = _site.CreateAsyncScope();
        await using var cliScope = cli.CreateAsyncScope();
        var unitOfWork = siteScope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var item = TestContent.Item("Page", "Import");
        Task cliWrite;

        await using (await unitOfWork.BeginAsync())
        {
            await siteScope.ServiceProvider.GetRequiredService<IContentStore>().CommitAsync(TestContent.Saving(item));
            cliWrite = Task.Run(() => cliScope.ServiceProvider.GetRequiredService<IDocumentStore>().SaveAsync("Site", []));
            await Task.Delay(300);
            Assert.False(cliWrite.IsCompleted);
            await unitOfWork.CommitAsync();
        }

        await cliWrite.WaitAsync(TimeSpan.FromSeconds(10));
        await using var check = cli.CreateAsyncScope();
        Assert.NotNull(await check.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync("Site"));
        Assert.NotNull(await check.ServiceProvider.GetRequiredService<IContentStore>().GetAsync(item.ContentItemId, VersionOptions.Published));
    }

    private static async Task<string?> PragmaAsync(CmsDbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
