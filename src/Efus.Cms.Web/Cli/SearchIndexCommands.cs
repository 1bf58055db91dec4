using System.Diagnostics;
using Efus.Cms.Search.Lucene.Indexing;

namespace Efus.Cms.Web.Cli;

/// <summary>
/// <c>reindex [INDEX…]</c> rebuilds indexes in a side folder (a running site keeps answering from the
/// old one and switches when the new one is ready); <c>reset [INDEX…]</c> processes every task again
/// without deleting. Without names, every index.
/// </summary>
public static class SearchIndexCommands
{
    private static readonly TimeSpan _swapWait = TimeSpan.FromSeconds(60);

    public static async Task<int> ReindexAsync(IServiceProvider services, CliCommand command)
    {
        var names = await IndexNamesAsync(services, command);
        if (names is null)
        {
            return 2;
        }

        var indexing = services.GetRequiredService<LuceneIndexingService>();
        var indexes = services.GetRequiredService<LuceneIndexManager>();
        foreach (var name in names)
        {
            var progress = new ConsoleProgress();
            var stopwatch = Stopwatch.StartNew();
            var swapped = await indexing.RebuildAsync(name, progress);
            progress.Finish($"Rebuilt {name}: {progress.Last?.Documents ?? 0:N0} documents from {progress.Last?.Tasks ?? 0:N0} tasks in {stopwatch.Elapsed.TotalSeconds:F1} s.");
            if (swapped)
            {
                continue;
            }

            Console.WriteLine($"A running site holds {name}; it keeps answering from the old index and switches to the new one at its next pass…");
            var deadline = Stopwatch.StartNew();
            while (indexes.HasPendingSwap(name) && deadline.Elapsed < _swapWait)
            {
                await Task.Delay(250);
            }

            if (indexes.HasPendingSwap(name))
            {
                await Console.Error.WriteLineAsync($"warning: the site has not switched to the rebuilt {name} yet; it will at its next start.");
            }
            else
            {
                Console.WriteLine($"The site now answers from the rebuilt {name}.");
            }
        }

        return 0;
    }

    public static async Task<int> ResetAsync(IServiceProvider services, CliCommand command)
    {
        var names = await IndexNamesAsync(services, command);
        if (names is null)
        {
            return 2;
        }

        var indexing = services.GetRequiredService<LuceneIndexingService>();
        var local = new List<string>();
        foreach (var name in names)
        {
            if (await indexing.ResetAsync(name))
            {
                local.Add(name);
            }
            else
            {
                Console.WriteLine($"A running site holds {name}: the reset is recorded and the site processes every task again at its next pass.");
            }
        }

        if (local.Count > 0)
        {
            var stopwatch = Stopwatch.StartNew();
            await indexing.CatchUpAsync();
            await indexing.CommitAsync();
            Console.WriteLine($"Reset {string.Join(", ", local)}: every task processed again in {stopwatch.Elapsed.TotalSeconds:F1} s.");
        }

        return 0;
    }

    private static async Task<IReadOnlyList<string>?> IndexNamesAsync(IServiceProvider services, CliCommand command)
    {
        if (command.Flags.Count > 0)
        {
            CommandRunner.Usage($"unknown option --{command.Flags.First()} ({command.Verb} [INDEX…])");
            return null;
        }

        var known = (await LuceneIndexingService.ReadSettingsAsync(services, CancellationToken.None)).Select(s => s.Name).ToList();
        var unknown = command.Arguments.FirstOrDefault(a => !known.Contains(a, StringComparer.Ordinal));
        if (unknown is not null)
        {
            CommandRunner.Usage($"there is no search index named '{unknown}' (known: {(known.Count == 0 ? "none" : string.Join(", ", known))})");
            return null;
        }

        if (known.Count == 0)
        {
            Console.WriteLine("No search index is defined; nothing to do.");
        }

        return command.Arguments.Count > 0 ? command.Arguments : known;
    }

    /// <summary>One console line rewritten in place, at most four times a second.</summary>
    private sealed class ConsoleProgress : IProgress<IndexingProgress>
    {
        private long _lastWrite;

        public IndexingProgress? Last { get; private set; }

        public void Report(IndexingProgress value)
        {
            Last = value;
            if (Environment.TickCount64 - _lastWrite < 250)
            {
                return;
            }

            _lastWrite = Environment.TickCount64;
            Console.Write($"\rRebuilding {value.IndexName}: {value.Tasks:N0} tasks, {value.Documents:N0} documents, {value.ItemsPerSecond:N0} items/s   ");
        }

        public void Finish(string line) => Console.WriteLine($"\r{line}                    ");
    }
}
