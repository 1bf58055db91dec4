using Efus.Cms.Core.Storage;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Search.Lucene.Analysis;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>
/// The indexes of this node (singleton): each one lives in <c>{DataPath}/Lucene/{IndexName}/</c> with
/// one writer and one searcher manager per process, and this node's cursor in the task log is kept in
/// <c>{DataPath}/lucene.status.json</c> (<c>{"Search": lastTaskId}</c>, as Orchard Core). A rebuild is
/// written to <c>{IndexName}.rebuild/</c> while the live index keeps answering, then swapped in.
/// </summary>
public sealed class LuceneIndexManager(LuceneSearchOptions options, AnalyzerRegistry analyzers, TimeProvider clock, ILogger<LuceneIndexManager> logger) : IDisposable
{
    private const string RebuildSuffix = ".rebuild";
    private const string ReadySuffix = ".rebuild.ready.json";
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LuceneIndex> _open = new(StringComparer.Ordinal);
    private bool _disposed;

    public LuceneSearchOptions Options => options;

    public string IndexPath(string name) => Path.Combine(options.IndexesPath, name);

    public string RebuildPath(string name) => IndexPath(name) + RebuildSuffix;

    private string ReadyMarkerPath(string name) => IndexPath(name) + ReadySuffix;

    /// <summary>The live index, opened (or created) on first use; null when another process holds it.</summary>
    public LuceneIndex? GetIndex(LuceneIndexSettings settings)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_open.TryGetValue(settings.Name, out var index))
            {
                index.Settings = settings;
                return index;
            }

            if (File.Exists(ReadyMarkerPath(settings.Name)))
            {
                index = SwapLocked(settings);
                if (index is not null)
                {
                    return index;
                }
            }

            var path = IndexPath(settings.Name);
            var existed = Directory.Exists(path);
            var position = existed ? ReadStatus().GetValueOrDefault(settings.Name) : 0;
            index = LuceneIndex.TryOpen(settings, path, CreateAnalyzer(settings), NewCursor(position));
            if (index is null)
            {
                return null;
            }

            if (!existed)
            {
                logger.LogInformation("Created the search index {Index} in {Path}.", settings.Name, path);
            }

            _open[settings.Name] = index;
            return index;
        }
    }

    /// <summary>The index if it is open in this process.</summary>
    public LuceneIndex? OpenIndex(string name)
    {
        lock (_lock)
        {
            return _open.GetValueOrDefault(name);
        }
    }

    /// <summary>A searcher of the live index; null when the index cannot be opened here.</summary>
    public SearchLease? Acquire(LuceneIndexSettings settings) => GetIndex(settings)?.Acquire();

    /// <summary>An empty index in the side folder, to be filled by a rebuild and then swapped in.</summary>
    public LuceneIndex CreateRebuild(LuceneIndexSettings settings)
    {
        var path = RebuildPath(settings.Name);
        if (LuceneIndex.IsLocked(path))
        {
            throw new InvalidOperationException($"The index '{settings.Name}' is already being rebuilt.");
        }

        File.Delete(ReadyMarkerPath(settings.Name));
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return LuceneIndex.TryOpen(settings, path, CreateAnalyzer(settings), new IndexingCursor(0, 0, clock.GetUtcNow().UtcDateTime), rebuild: true)
            ?? throw new InvalidOperationException($"The index '{settings.Name}' is already being rebuilt.");
    }

    /// <summary>
    /// Closes a finished rebuild and marks it ready; swaps it in at once when this process may
    /// (true), otherwise the process that holds the live index swaps it at its next pass (false).
    /// </summary>
    public bool CompleteRebuild(LuceneIndex rebuilt)
    {
        var name = rebuilt.Settings.Name;
        var position = rebuilt.Cursor.Position;
        rebuilt.Commit();
        rebuilt.Dispose();
        var marker = new JsonObject { ["Cursor"] = position };
        WriteAtomically(ReadyMarkerPath(name), marker.ToJsonString());
        return TrySwap(rebuilt.Settings);
    }

    /// <summary>Swaps in a rebuilt index waiting in the side folder; false when there is none or another process holds the live one.</summary>
    public bool TrySwap(LuceneIndexSettings settings)
    {
        lock (_lock)
        {
            return File.Exists(ReadyMarkerPath(settings.Name)) && SwapLocked(settings) is not null;
        }
    }

    public bool HasPendingSwap(string name) => File.Exists(ReadyMarkerPath(name));

    private LuceneIndex? SwapLocked(LuceneIndexSettings settings)
    {
        var name = settings.Name;
        var live = IndexPath(name);
        var rebuilt = RebuildPath(name);
        var markerPath = ReadyMarkerPath(name);
        if (!_open.ContainsKey(name) && LuceneIndex.IsLocked(live))
        {
            return null;
        }

        if (!Directory.Exists(rebuilt) || LuceneIndex.IsLocked(rebuilt))
        {
            return null;
        }

        var position = JsonNode.Parse(File.ReadAllText(markerPath))?["Cursor"]?.GetValue<long>() ?? 0;
        if (_open.Remove(name, out var current))
        {
            // Searches that hold the old searcher finish first (Dispose waits for them).
            current.Dispose();
        }

        var retired = live + ".old";
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }

        if (Directory.Exists(live))
        {
            Directory.Move(live, retired);
        }

        Directory.Move(rebuilt, live);
        File.Delete(markerPath);
        WriteStatus(name, position);
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }

        var index = LuceneIndex.TryOpen(settings, live, CreateAnalyzer(settings), NewCursor(position));
        if (index is not null)
        {
            _open[name] = index;
        }

        logger.LogInformation("Search index {Index} rebuilt and swapped in (task cursor {Cursor}).", name, position);
        return index;
    }

    /// <summary>Makes an index's writes durable and records its cursor in lucene.status.json.</summary>
    public void Commit(LuceneIndex index)
    {
        if (!index.HasUncommittedChanges)
        {
            return;
        }

        index.Commit();
        WriteStatus(index.Settings.Name, index.CommittedPosition);
    }

    /// <summary>Sets an index's cursor back to 0 so that every task is processed again (Orchard's reset).</summary>
    public void Reset(LuceneIndex index)
    {
        index.Cursor = new IndexingCursor(0, 0, clock.GetUtcNow().UtcDateTime);
        index.Commit();
        WriteStatus(index.Settings.Name, 0);
    }

    /// <summary>Sets the cursor of an index that this process cannot open (another process will start from it).</summary>
    public void WriteStatus(string name, long position)
    {
        lock (_lock)
        {
            var status = ReadStatus();
            status[name] = position;
            var json = new JsonObject();
            foreach (var (key, value) in status.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json[key] = value;
            }

            WriteAtomically(options.StatusFilePath, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }

    public Dictionary<string, long> ReadStatus()
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!File.Exists(options.StatusFilePath))
        {
            return result;
        }

        try
        {
            if (JsonNode.Parse(File.ReadAllText(options.StatusFilePath)) is JsonObject json)
            {
                foreach (var (key, value) in json)
                {
                    if (value is JsonValue v && v.TryGetValue<long>(out var position))
                    {
                        result[key] = position;
                    }
                }
            }
        }
        catch (JsonException exception)
        {
            // A damaged status file only costs a full re-processing of the log.
            logger.LogWarning(exception, "{Path} is not valid JSON; indexes start again from the first task.", options.StatusFilePath);
        }

        return result;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var index in _open.Values)
            {
                try
                {
                    Commit(index);
                }
                catch (Exception exception) when (exception is IOException or ObjectDisposedException)
                {
                    logger.LogWarning(exception, "Could not commit the search index {Index} at shutdown.", index.Settings.Name);
                }

                index.Dispose();
            }

            _open.Clear();
        }
    }

    private IndexingCursor NewCursor(long position) => new(position, options.RecentWindow, clock.GetUtcNow().UtcDateTime);

    private global::Lucene.Net.Analysis.Analyzer CreateAnalyzer(LuceneIndexSettings settings)
    {
        if (analyzers.Contains(settings.AnalyzerName))
        {
            return analyzers.Create(settings.AnalyzerName);
        }

        logger.LogWarning("Search index {Index} names the unknown analyzer '{Analyzer}'; using standardanalyzer.", settings.Name, settings.AnalyzerName);
        return analyzers.Create(StandardSearchAnalyzer.Name);
    }

    private static void WriteAtomically(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
