using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>
/// What makes every node rebuild an index, not only the one that was asked. The database holds one
/// generation per index (the <see cref="DocumentName"/> document, <c>{ "Search": "id" }</c>), a new id
/// each time some node finishes a rebuild; each node keeps, next to its cursors, the generation and the
/// definition (a hash of the index settings) its index was built with
/// (<c>{DataPath}/lucene.generations.json</c>). When its catch-up pass sees another generation or another
/// definition, the node rebuilds in the side folder and adopts them.
/// </summary>
public sealed class IndexGenerations(LuceneSearchOptions options)
{
    // As long as "LuceneIndexSettings" and "LuceneIndexRequests": bench/run.sh leaves the indexer's polls out of its SQL counts by that length.
    public const string DocumentName = "LuceneIndexRebuilds";
    private readonly Lock _lock = new();

    public string FilePath => Path.Combine(options.DataPath, "lucene.generations.json");

    /// <summary>The index's generation in the database; empty when it was never rebuilt.</summary>
    public static async Task<string> SharedAsync(IDocumentStore documents, string indexName, CancellationToken cancellationToken) =>
        (await documents.GetAsync(DocumentName, cancellationToken))?[indexName].AsString() ?? "";

    /// <summary>Records a finished rebuild in the database for the other nodes.</summary>
    public static async Task PublishAsync(IDocumentStore documents, string indexName, string generation, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync(DocumentName, cancellationToken) ?? [];
        document[indexName] = generation;
        await documents.SaveAsync(DocumentName, document, cancellationToken);
    }

    public static string NewGeneration() => Guid.NewGuid().ToString("n");

    /// <summary>A short hash of what decides the documents: analyzer, types, culture, latest or published, stored source.</summary>
    public static string Definition(LuceneIndexSettings settings)
    {
        var text = string.Join('\n', settings.AnalyzerName, settings.IndexLatest, string.Join(',', settings.IndexedContentTypes), settings.Culture, settings.StoreSourceData);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>What this node's index was built with; null when this node never recorded it.</summary>
    public IndexBuild? Local(string indexName)
    {
        lock (_lock)
        {
            return Read()[indexName] is JsonObject entry
                ? new IndexBuild(entry[nameof(IndexBuild.Generation)].AsString() ?? "", entry[nameof(IndexBuild.Definition)].AsString() ?? "")
                : null;
        }
    }

    public void SetLocal(string indexName, IndexBuild build)
    {
        lock (_lock)
        {
            var all = Read();
            all[indexName] = new JsonObject { [nameof(IndexBuild.Generation)] = build.Generation, [nameof(IndexBuild.Definition)] = build.Definition };
            Directory.CreateDirectory(options.DataPath);
            var temporary = $"{FilePath}.{Environment.ProcessId}.tmp";
            File.WriteAllText(temporary, all.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            File.Move(temporary, FilePath, overwrite: true);
        }
    }

    private JsonObject Read()
    {
        try
        {
            return File.Exists(FilePath) && JsonNode.Parse(File.ReadAllText(FilePath)) is JsonObject json ? json : [];
        }
        catch (JsonException)
        {
            // A damaged file is taken as "nothing recorded": the node adopts what the database says.
            return [];
        }
    }
}
