using Efus.Cms.Data.PostgreSql;
using Efus.Cms.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests;

/// <summary>Each provider's migrations describe the current model; a model change without a migration fails here.</summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Migrations_OfEachProvider_MatchTheModel(string provider)
    {
        var services = new ServiceCollection();
        _ = provider == "Sqlite"
            ? services.AddEfusSqlite("Data Source=unused.db")
            : services.AddEfusPostgreSql("Host=127.0.0.1;Database=unused");
        await using var root = services.BuildServiceProvider();
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }
}
