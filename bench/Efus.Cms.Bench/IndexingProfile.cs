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
/// included) into a RAM directory, and its final commit.
/// </summary>
public static class IndexingProfile
{
    public static void Run(IReadOnlyList<ContentItem> items, ContentDefinitions definitions, LuceneIndexSettings settings)
    {
        var sample = items.Take(Math.Min(items.Count, 5000)).ToList();
        var builder = new ContentDocumentBuilder();
        var empty = new Dictionary<string, string>();
        using var analyzer = new AnalyzerRegistry().Create(settings.AnalyzerName);

        var stopwatch = Stopwatch.StartNew();
        var documents = sample.Select(item => builder.Build(item, definitions, settings, empty)).ToList();
        var building = stopwatch.Elapsed;

        stopwatch.Restart();
        var tokens = 0L;
        var perField = new Dictionary<string, (long Tokens, TimeSpan Time)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var field in document.Fields.Where(f => f.IndexableFieldType.IsTokenized && f.GetStringValue() is not null))
            {
                var start = stopwatch.Elapsed;
                var count = Count(analyzer, field.Name, field.GetStringValue());
                tokens += count;
                var key = field.Name.StartsWith("Content.", StringComparison.Ordinal) ? field.Name : "{Type|Part}.{Field} copies";
                var entry = perField.GetValueOrDefault(key);
                perField[key] = (entry.Tokens + count, entry.Time + (stopwatch.Elapsed - start));
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

        string PerItem(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds * 1000 / sample.Count,7:F0} µs/item");
        Console.WriteLine($"Profile of {sample.Count:N0} items, one thread:");
        Console.WriteLine($"  document building      {PerItem(building)}");
        Console.WriteLine($"  analysis alone         {PerItem(analysis)} ({tokens / (double)sample.Count:F0} tokens/item)");
        foreach (var (field, (count, time)) in perField.OrderByDescending(p => p.Value.Time))
        {
            Console.WriteLine($"    {field,-40} {PerItem(time)} ({count / (double)sample.Count:F0} tokens/item)");
        }

        Console.WriteLine($"  IndexWriter.AddDocument {PerItem(adding)} (analysis included)");
        Console.WriteLine($"  commit                 {PerItem(commit)}");
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
