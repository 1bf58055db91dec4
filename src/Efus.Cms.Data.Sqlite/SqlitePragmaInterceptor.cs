using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Efus.Cms.Data.Sqlite;

/// <summary>
/// Sets the pragmas on every SQLite connection EF opens: WAL lets readers and one writer (the site and
/// the CLI) work at once and persists in the file; busy_timeout makes a writer wait for another's
/// lock instead of failing at once with SQLITE_BUSY. Both hold for the native connection's life, and
/// Microsoft.Data.Sqlite pools native connections: they run once per native connection, not on each
/// open (an extra statement before every query of a page otherwise).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000;";

    private static readonly ConditionalWeakTable<object, object> _initialized = [];

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>True the first time the native connection behind <paramref name="connection"/> is seen.</summary>
    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _initialized.TryAdd(handle, handle);
}
