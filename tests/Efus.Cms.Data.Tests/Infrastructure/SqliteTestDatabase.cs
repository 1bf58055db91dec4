using Efus.Cms.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Infrastructure;

/// <summary>A migrated SQLite file of its own for each test, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : IStoreDatabase
{
    private ServiceProvider? _services;

    public string FilePath { get; } = Path.Combine(Path.GetTempPath(), $"efus-data-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();

    public async Task<IServiceProvider> OpenAsync()
    {
        _services = TestServices.Build(services => services.AddEfusSqlite(ConnectionString));
        await _services.MigrateEfusDatabaseAsync();
        return _services;
    }

    public async Task CloseAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        // Pooled connections keep the file open.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }
    }
}
