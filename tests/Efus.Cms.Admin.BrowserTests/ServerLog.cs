using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>
/// The site's warnings and errors (and every request it answered, with its status and duration), kept in memory
/// so a failed browser step can say what the server did meanwhile.
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private const int Capacity = 400;

    private readonly ConcurrentQueue<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The latest lines, oldest first.</summary>
    public string Tail(int count) => string.Join('\n', _lines.TakeLast(count));

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        _lines.Enqueue(line);
        while (_lines.Count > Capacity && _lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        // Kestrel's "Request finished" lines give each request's status and time; otherwise warnings and worse.
        private readonly bool _requests = category == "Microsoft.AspNetCore.Hosting.Diagnostics";

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning || (_requests && logLevel >= LogLevel.Information);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}";
            log.Add(exception is null ? line : line + "\n  " + exception.GetType().FullName + ": " + exception.Message);
        }
    }
}
