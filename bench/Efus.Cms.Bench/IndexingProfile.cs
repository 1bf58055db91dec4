using System.Diagnostics;
using System.Globalization;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Search.Lucene.Analysis;
using Efus.Cms.Search.Lucene.Documents;
using Efus.Cms.Search.Lucene.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Efus.Cms.Bench;

/// <summary>
/// Where indexing time goes, one thread, stage by stage (<c>--profile</c>): building the documents,
/// analysing their text fields (tokens consumed, nothing indexed), then the whole IndexWriter (analysis
/// included) into a RAM directory, and its final commit; then the site's path, where the builder analyses
/// each text once and the writer replays the tokens. Times are the process's CPU time (one thread works),
/// which other processes on a shared machine do not inflate as much as the wall clock.
/// </summary>
public static class IndexingProfile
{
    public static void Run(IReadOnlyList<ContentItem> items, ContentDefinitions definitions, LuceneIndexSettings settings)
    {
        var sample = items.Take(Math.Min(items.Count, 5000)).ToList();
        var builder = new ContentDocumentBuilder();
        var empty = new Dictionary<string, string>();
        using var analyzer = new AnalyzerRegistry().Create(settings.AnalyzerName);

        var stopwatch = new CpuStopwatch();
        var documents = sample.Select(item => builder.Build(item, definitions, settings, empty)).ToList();
        var building = stopwatch.Elapsed;

        stopwatch.Restart();
        var tokens = 0L;
        var fieldClock = Stopwatch.StartNew();
        var perField = new Dictionary<string, (long Tokens, TimeSpan Time)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var field in document.Fields.Where(f => f.IndexableFieldType.IsTokenized && f.GetStringValue() is not null))
            {
                var start = fieldClock.Elapsed;
                var count = Count(analyzer, field.Name, field.GetStringValue());
                tokens += count;
                var key = field.Name.StartsWith("Content.", StringComparison.Ordinal) ? field.Name : "{Type|Part}.{Field} copies";
                var entry = perField.GetValueOrDefault(key);
                perField[key] = (entry.Tokens + count, entry.Time + (fieldClock.Elapsed - start));
            }
        }

        var analysis = stopwatch.Elapsed;

        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { RAMBufferSizeMB = 256 };
        using var writer = new IndexWriter(directory, config);
        stopwatch.Restart();
        foreach (var document in documents)
        {
            writer.AddDocument(document);
        }

        var adding = stopwatch.Elapsed;
        stopwatch.Restart();
        writer.Commit();
        var commit = stopwatch.Elapsed;

        // The site's path: texts analysed once while the document is built, tokens replayed by the writer.
        stopwatch.Restart();
        var replayed = sample.Select(item => builder.Build(item, definitions, settings, empty, analyzer)).ToList();
        var buildingAnalysed = stopwatch.Elapsed;
        using var replayDirectory = new RAMDirectory();
        using var replayWriter = new IndexWriter(replayDirectory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { RAMBufferSizeMB = 256 });
        stopwatch.Restart();
        foreach (var document in replayed)
        {
            replayWriter.AddDocument(document);
        }

        var addingReplayed = stopwatch.Elapsed;
        stopwatch.Restart();
        replayWriter.Commit();
        var commitReplayed = stopwatch.Elapsed;

        string PerItem(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds * 1000 / sample.Count,7:F0} µs/item");
        Console.WriteLine($"Profile of {sample.Count:N0} items, one thread, CPU time:");
        Console.WriteLine($"  document building      {PerItem(building)}");
        Console.WriteLine($"  analysis alone         {PerItem(analysis)} ({tokens / (double)sample.Count:F0} tokens/item)");
        foreach (var (field, (count, time)) in perField.OrderByDescending(p => p.Value.Time))
        {
            Console.WriteLine($"    {field,-40} {PerItem(time)} ({count / (double)sample.Count:F0} tokens/item)");
        }

        Console.WriteLine($"  IndexWriter.AddDocument {PerItem(adding)} (analysis included)");
        Console.WriteLine($"  commit                 {PerItem(commit)}");
        Console.WriteLine($"  total, each field analysed by the writer: {PerItem(building + adding + commit)}");
        Console.WriteLine($"  building with the analyzer (each text once) {PerItem(buildingAnalysed)}, AddDocument (replay) {PerItem(addingReplayed)}, commit {PerItem(commitReplayed)}");
        Console.WriteLine($"  total, each text analysed once: {PerItem(buildingAnalysed + addingReplayed + commitReplayed)}");
    }

    private sealed class CpuStopwatch
    {
        private TimeSpan _start = Now();

        public TimeSpan Elapsed => Now() - _start;

        public void Restart() => _start = Now();

        private static TimeSpan Now() => Process.GetCurrentProcess().TotalProcessorTime;
    }

    private static long Count(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var count = 0L;
        while (stream.IncrementToken())
        {
            count += term.Length > 0 ? 1 : 0;
        }

        stream.End();
        return count;
    }
}
