using Efus.Cms.Data.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Efus.Cms.Data.Tests.Infrastructure;

/// <summary>
/// A uniquely named, migrated database for one test class, dropped afterwards. An unreachable
/// server fails the tests: CI starts PostgreSQL with .ci/start-postgres.sh.
/// </summary>
public sealed class PostgreSqlDatabaseFixture : IStoreDatabase, IAsyncLifetime
{
    private readonly NpgsqlConnectionStringBuilder _server = new(PostgreSqlTestSettings.ConnectionString);
    private readonly string _databaseName = $"efus_test_{Guid.NewGuid():N}";
    private ServiceProvider? _services;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = _databaseName }.ConnectionString;

    public async Task InitializeAsync()
    {
        try
        {
            await ExecuteOnServerAsync($"CREATE DATABASE \"{_databaseName}\"");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {_server.Host}:{_server.Port} as '{_server.Username}' (database '{_server.Database}'): {exception.Message}. " +
                $"Start it with 'bash .ci/start-postgres.sh' or set {PostgreSqlTestSettings.Variable}.", exception);
        }

        _services = TestServices.Build(services => services.AddEfusPostgreSql(ConnectionString));
        await _services.MigrateEfusDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
    }

    public Task<IServiceProvider> OpenAsync() =>
        Task.FromResult<IServiceProvider>(_services ?? throw new InvalidOperationException("The PostgreSQL fixture is not initialized."));

    public Task CloseAsync() => Task.CompletedTask;

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
