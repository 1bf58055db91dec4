using Efus.Cms.Search.Lucene.Analysis;
using Efus.Cms.Search.Lucene.Documents;
using Efus.Cms.Search.Lucene.Indexing;
using Efus.Cms.Search.Lucene.People;
using Efus.Cms.Search.Lucene.Tests.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Tests.People;

/// Facet values are decoded once per segment and kept: counts and filters must hold across segments
/// whose values differ, deletions, and a segment that lacks a filtered value.
public sealed class FacetSegmentsTests : IDisposable
{
    private static readonly LuceneIndexSettings _settings = new("Search", "frenchanalyzer", false, ["Publication"], "any", false);
    private readonly FrenchSearchAnalyzer _analyzer = new();
    private readonly RAMDirectory _directory = new();
    private readonly ContentDocumentBuilder _builder = new();

    [Fact]
    public void Search_ThreeSegments_CountsAndFiltersAcrossThem()
    {
        Write(("a", "France", "t1"), ("b", "France", "t2"));
        Write(("c", "Belgique", "t1"), ("d", "Italie", "t3"));
        Write(("e", "France", "t3"));

        using var reader = DirectoryReader.Open(_directory);
        Assert.Equal(3, reader.Leaves.Count);
        var searcher = new IndexSearcher(reader);
        for (var repeat = 0; repeat < 2; repeat++)
        {
            var all = PeopleSearcher.Search(searcher, _analyzer, new SearchRequest { Query = "villes" }, null);
            Assert.Equal(5, all.Total);
            Assert.Equal(new Dictionary<string, int> { ["France"] = 3, ["Belgique"] = 1, ["Italie"] = 1 }, Counts(all.Facets.Country));
            Assert.Equal(new Dictionary<string, int> { ["t1"] = 2, ["t2"] = 1, ["t3"] = 2 }, Counts(all.Facets.Theme));

            var belgium = PeopleSearcher.Search(searcher, _analyzer, new SearchRequest { Query = "villes", Countries = ["Belgique"], Themes = ["t1", "t3"] }, null);
            Assert.Equal(1, belgium.Total);
            Assert.Equal("c", Assert.Single(belgium.Hits).ContentItemId);
            // Each dimension counted with the other dimension's filter only.
            Assert.Equal(new Dictionary<string, int> { ["France"] = 2, ["Belgique"] = 1, ["Italie"] = 1 }, Counts(belgium.Facets.Country));
            Assert.Equal(new Dictionary<string, int> { ["t1"] = 1, ["t3"] = 0 }, Counts(belgium.Facets.Theme));
        }
    }

    [Fact]
    public void Search_AfterADeletion_TheDeletedDocumentIsNeitherCountedNorListed()
    {
        Write(("a", "France", "t1"), ("b", "Belgique", "t1"));
        using (var first = DirectoryReader.Open(_directory))
        {
            // Decodes the segment's values before the deletion.
            Assert.Equal(2, PeopleSearcher.Search(new IndexSearcher(first), _analyzer, new SearchRequest { Query = "villes" }, null).Total);
        }

        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES }))
        {
            writer.DeleteDocuments(new Term(IndexingConstants.ContentItemId, "b"));
        }

        using var reader = DirectoryReader.Open(_directory);
        var result = PeopleSearcher.Search(new IndexSearcher(reader), _analyzer, new SearchRequest { Query = "villes" }, null);

        Assert.Equal(1, result.Total);
        Assert.Equal(new Dictionary<string, int> { ["France"] = 1 }, Counts(result.Facets.Country));
    }

    public void Dispose()
    {
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static Dictionary<string, int> Counts(IReadOnlyList<FacetValue> values) => values.ToDictionary(v => v.Value, v => v.Count);

    private void Write(params (string Id, string Country, string Theme)[] items)
    {
        var definitions = TestDefinitions.Create();
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES });
        foreach (var (id, country, theme) in items)
        {
            writer.AddDocument(_builder.Build(TestDefinitions.Item($$"""
            { "ContentItemId": "{{id}}", "ContentItemVersionId": "{{id}}v", "ContentType": "Publication", "DisplayText": "Les villes {{id}}", "Published": true, "Latest": true,
              "Publication": { "Country": { "Text": "{{country}}" }, "Themes": { "TermContentItemIds": ["{{theme}}"] } } }
            """), definitions, _settings));
        }
    }
}
