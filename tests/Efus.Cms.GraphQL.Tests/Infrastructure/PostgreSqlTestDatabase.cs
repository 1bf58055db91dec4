using Npgsql;

namespace Efus.Cms.GraphQL.Tests.Infrastructure;

/// <summary>
/// A uniquely named database on the test server (EFUS_TEST_POSTGRES, else postgres/postgres on
/// 127.0.0.1), dropped on dispose. An unreachable server fails the test: CI starts PostgreSQL.
/// </summary>
public sealed class PostgreSqlTestDatabase : IAsyncDisposable
{
    private const string DefaultServer = "Host=127.0.0.1;Username=postgres;Password=postgres;Database=postgres";

    private readonly NpgsqlConnectionStringBuilder _server = new(
        Environment.GetEnvironmentVariable("EFUS_TEST_POSTGRES") is { Length: > 0 } value ? value : DefaultServer);

    private readonly string _name = $"efus_graphql_test_{Guid.NewGuid():N}";

    private PostgreSqlTestDatabase()
    {
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = _name }.ConnectionString;

    public static async Task<PostgreSqlTestDatabase> CreateAsync()
    {
        var database = new PostgreSqlTestDatabase();
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
