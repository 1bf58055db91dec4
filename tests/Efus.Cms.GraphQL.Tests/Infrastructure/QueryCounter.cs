using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Efus.Cms.GraphQL.Tests.Infrastructure;

/// <summary>Counts the SQL commands that read data (what an N+1 would multiply), and keeps their text.</summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public bool Enabled { get; set; }

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public void Reset()
    {
        lock (_commands)
        {
            _commands.Clear();
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        // PRAGMA statements are the SQLite provider's connection set-up, not queries of the request.
        if (Enabled && !command.CommandText.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase))
        {
            lock (_commands)
            {
                _commands.Add(command.CommandText);
            }
        }
    }
}
