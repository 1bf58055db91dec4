using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Efus.Cms.Data.Sqlite;

/// <summary>
/// Sets the pragmas on every connection EF opens: WAL lets readers and one writer (the site and
/// the CLI) work at once and persists in the file; busy_timeout makes a writer wait for another's
/// lock instead of failing at once with SQLITE_BUSY.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000;";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
