using System.Text.Json.Nodes;
using Efus.Cms.Core.Management;
using Efus.Cms.Search.Lucene.Indexing;
using Efus.Cms.Search.Lucene.QueryDsl;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.Api;

/// <summary>Runs an Orchard query DSL request against an index (the REST query API and, later, saved queries).</summary>
public sealed class LuceneQueryService(LuceneIndexManager indexes, IContentDefinitionManager definitions, LuceneQueryDslParser parser)
{
    /// <returns>Null when there is no such index.</returns>
    /// <exception cref="QueryDslException">The query is invalid.</exception>
    public async Task<LuceneQueryResult?> RunAsync(IReadOnlyList<LuceneIndexSettings> known, string indexName, string query, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var settings = known.FirstOrDefault(s => s.Name == indexName);
        if (settings is null)
        {
            return null;
        }

        var numeric = NumericFields.Of(await definitions.GetAsync(cancellationToken));
        using var lease = indexes.Acquire(settings)
            ?? throw new InvalidOperationException($"The search index '{indexName}' is held by another process.");
        var request = parser.Parse(QueryTemplate.Render(query, parameters), lease.Analyzer, numeric);
        var searcher = lease.Searcher;
        if (request.Size == 0)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(request.Query, counter);
            return new LuceneQueryResult(settings, [], counter.TotalHits);
        }

        var top = request.From + request.Size;
        TopDocs hits;
        try
        {
            hits = request.Sort is null
                ? searcher.Search(request.Query, top)
                : searcher.Search(request.Query, null, top, request.Sort);
        }
        catch (InvalidOperationException exception) when (request.Sort is not null)
        {
            // Lucene's field cache refuses to sort on a field with several values per document.
            throw new QueryDslException("sort", $"cannot sort on these fields: {exception.Message}", exception);
        }
        var documents = hits.ScoreDocs.Skip(request.From).Select(hit => searcher.Doc(hit.Doc)).ToList();
        return new LuceneQueryResult(settings, documents, hits.TotalHits);
    }
}
