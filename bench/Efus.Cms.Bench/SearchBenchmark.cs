using Efus.Cms.Core.Storage;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using Efus.Cms.DataGenerator;
using Efus.Cms.Search.Lucene.Analysis;
using Efus.Cms.Search.Lucene.Documents;
using Efus.Cms.Search.Lucene.Indexing;
using Efus.Cms.Search.Lucene.People;

namespace Efus.Cms.Bench;

/// <summary>
/// Indexes synthetic items straight into a Lucene index (the content types of the setup recipe, the
/// document builder and the index writer of the site; the database is not involved), then measures
/// the people search in process: words, facets and highlighting, one thread.
/// </summary>
public static class SearchBenchmark
{
    private const int Batch = 1000;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var work = Path.Combine(Path.GetTempPath(), $"efus-bench-search-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            var (definitions, settings) = await SetupRecipeAsync();
            Console.WriteLine($"Generating {options.Items:N0} synthetic items (seed {options.Seed})…");
            var stopwatch = Stopwatch.StartNew();
            var source = Generate(options.Items, options.Seed, settings);
            Console.WriteLine($"  {source.Total:N0} items read ({source.Count:N0} published and indexable) in {stopwatch.Elapsed.TotalSeconds:F1} s");

            if (options.Profile)
            {
                IndexingProfile.Run(source.Read(0, Math.Min(source.Count, 5000)), definitions, settings);
            }

            var indexPath = Path.Combine(work, "Lucene", settings.Name);
            var indexed = Index(source, definitions, settings, indexPath);
            var size = Directory.EnumerateFiles(indexPath).Sum(f => new FileInfo(f).Length);
            Console.WriteLine($"Index size on disk: {size / 1048576.0:F1} MiB ({size / (double)source.Count:F0} bytes per item)");

            // The site does not hold every item in memory: only the queries are kept for the timed part.
            var requests = Queries(source.Titles, options);
            source = null;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            Query(indexed, requests);
            if (options.Profile)
            {
                // The same queries with a page of one hit: what highlighting and loading nine more hits cost.
                Console.Write("Profile, page of 1 hit instead of 10: ");
                Query(indexed, [.. requests.Select(r => r with { PageSize = 1 })]);
            }

            indexed.Dispose();
            return 0;
        }
        finally
        {
            if (!options.Keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static LuceneIndex Index(GeneratedItems source, ContentDefinitions definitions, LuceneIndexSettings settings, string path)
    {
        var writer = new ContentIndexWriter(new ContentDocumentBuilder());
        var index = LuceneIndex.TryOpen(settings, path, new AnalyzerRegistry().Create(settings.AnalyzerName), new IndexingCursor(0, 0, DateTime.UtcNow), rebuild: true)!;
        var empty = new Dictionary<string, string>();
        var count = source.Count;
        var adding = new IndexingMeter();
        for (var i = 0; i < count; i += Batch)
        {
            // Each batch is read from its JSON first, as `reindex` loads a batch from the database; reading is not measured.
            var batch = source.Read(i, Math.Min(Batch, count - i));
            adding.Start();
            writer.Write(index, batch, definitions, empty, CancellationToken.None);
            adding.Stop();
            if (i % 20_000 == 0 && i > 0)
            {
                Console.WriteLine($"  {i:N0} items, {i / adding.Wall.TotalSeconds:N0} items/s");
            }
        }

        var commit = new IndexingMeter();
        commit.Start();
        index.Commit();
        index.Refresh();
        commit.Stop();
        var wall = adding.Wall + commit.Wall;
        var cpu = adding.Cpu + commit.Cpu;
        Console.WriteLine($"Indexed {count:N0} items in {wall.TotalSeconds:F1} s " +
            $"({adding.Wall.TotalSeconds:F1} s adding, {commit.Wall.TotalSeconds:F1} s commit): " +
            $"{count / wall.TotalSeconds:N0} items/s on {Environment.ProcessorCount} cores");

        // CPU time says more than the wall clock on a shared machine: other processes do not add to it.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Indexing CPU time: {cpu.TotalSeconds:F1} s, {cpu.TotalMilliseconds * 1000 / count:F0} µs per item " +
            $"({count / cpu.TotalSeconds:N0} items per CPU-second); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        int segments;
        using (var lease = index.Acquire())
        {
            segments = lease.Searcher.IndexReader.Leaves.Count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  adding {adding.Cpu.TotalSeconds:F1} s CPU, commit {commit.Cpu.TotalSeconds:F1} s CPU; garbage collector while indexing: " +
            $"{adding.Collections(0) + commit.Collections(0)} gen0, {adding.Collections(1) + commit.Collections(1)} gen1, " +
            $"{adding.Collections(2) + commit.Collections(2)} gen2 collections, {(adding.GcPause + commit.GcPause).TotalSeconds:F2} s paused, " +
            $"{(adding.Allocated + commit.Allocated) / 1024.0 / count:F0} KiB allocated per item; {segments} segments after the commit"));
        return index;
    }

    private static List<SearchRequest> Queries(IReadOnlyList<(string? Title, string Type)> items, BenchOptions options)
    {
        // Four queries in five take one to three words of one item's title (they match with every
        // word); the fifth takes words of different titles, which usually ends in a fallback.
        var random = new Random(options.Seed);
        var titles = items.Select(i => Words(i.Title)).Where(w => w.Count > 0).ToList();
        var types = items.Select(i => i.Type).Distinct().ToList();
        string Pick(IReadOnlyList<string> words) => words[random.Next(words.Count)];
        var requests = Enumerable.Range(0, options.Queries + 200).Select(n =>
        {
            var count = random.Next(1, 4);
            var title = titles[random.Next(titles.Count)];
            var words = n % 5 == 4
                ? Enumerable.Range(0, count).Select(_ => Pick(titles[random.Next(titles.Count)]))
                : Enumerable.Range(0, count).Select(_ => Pick(title));
            return new SearchRequest
            {
                Query = string.Join(' ', words.Distinct()),
                Types = random.Next(3) == 0 ? [types[random.Next(types.Count)]] : [],
            };
        }).ToList();
        return requests;
    }

    private static void Query(LuceneIndex index, IReadOnlyList<SearchRequest> requests)
    {
        var timings = new List<double>(requests.Count);
        var hits = 0L;
        var fallbacks = 0;
        using var lease = index.Acquire();
        var cpu = TimeSpan.Zero;
        for (var i = 0; i < requests.Count; i++)
        {
            if (i == 200)
            {
                // The first 200 queries warm up (JIT, caches); CPU time is counted from here.
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
            }

            var stopwatch = Stopwatch.StartNew();
            var result = PeopleSearcher.Search(lease.Searcher, lease.Analyzer, requests[i], labels: null);
            stopwatch.Stop();
            if (i < 200)
            {
                continue;
            }

            timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            hits += result.Total;
            fallbacks += result.Fallback is null ? 0 : 1;
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        timings.Sort();
        double Percentile(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Queries ({timings.Count:N0}: 1–3 title words, one in three filtered by type; words + facets + highlighting, 1 thread): " +
            $"p50 {Percentile(0.50):F2} ms, p95 {Percentile(0.95):F2} ms, p99 {Percentile(0.99):F2} ms, max {timings[^1]:F1} ms, " +
            $"mean {timings.Average():F2} ms; {hits / (double)timings.Count:N0} hits per query on average, {fallbacks} fallbacks; " +
            $"CPU time {cpu.TotalMilliseconds / timings.Count:F2} ms per query (GC threads included); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    }

    private static List<string> Words(string? text) =>
        [.. (text ?? "").Split([' ', ',', '’', '\'', ':', '«', '»', '(', ')', '–'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4)];

    private static GeneratedItems Generate(int count, int seed, LuceneIndexSettings settings)
    {
        using var stream = new MemoryStream();
        new SyntheticRecipeGenerator().Write(stream, count, seed);
        var json = stream.ToArray();
        var reader = new Utf8JsonReader(json);
        var published = new List<Range>(count + count / 8);
        var titles = new List<(string?, string)>(count + count / 8);
        var total = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("Data"))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    var start = (int)reader.TokenStartIndex;
                    var item = ContentItemJson.FromJson(JsonNode.Parse(ref reader)!.AsObject());
                    total++;
                    if (ContentIndexWriter.Accepts(settings, item))
                    {
                        published.Add(new Range(start, (int)reader.BytesConsumed));
                        titles.Add((item.DisplayText, item.ContentType));
                    }
                }

                break;
            }
        }

        return new GeneratedItems(json, published, titles, total);
    }

    // The content types and the Search index of the setup recipe, as the site has them.
    private static async Task<(ContentDefinitions, LuceneIndexSettings)> SetupRecipeAsync()
    {
        var path = FindUp("recipes/efus.recipe.json");
        var recipe = (await JsonNode.ParseAsync(File.OpenRead(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }))!;
        var steps = recipe["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();
        var definitions = ContentDefinitionJson.Merge(ContentDefinitions.Empty, steps.First(s => (string?)s["name"] == "ContentDefinition"), replace: false, "$");
        var index = steps.First(s => (string?)s["name"] == "lucene-index")["Indices"]![0]!.AsObject().First();
        var settings = LuceneIndexSettings.FromJson(index.Key, index.Value!.AsObject());
        return (definitions, settings);
    }

    private static string FindUp(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}.");
    }
}
