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

public sealed class PeopleSearcherTests : IDisposable
{
    private static readonly LuceneIndexSettings _settings = new("Search", "frenchanalyzer", false, ["Publication", "ConferenceReport"], "any", false);
    private readonly FrenchSearchAnalyzer _analyzer = new();
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public PeopleSearcherTests()
    {
        var builder = new ContentDocumentBuilder();
        var definitions = TestDefinitions.Create();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)))
        {
            writer.AddDocument(builder.Build(Publication("a", "La vidéosurveillance des villes", "France", "t1"), definitions, _settings));
            writer.AddDocument(builder.Build(Publication("b", "Villes et caméras", "Belgique", "t1"), definitions, _settings));
            writer.AddDocument(builder.Build(Publication("c", "Les villes face au terrorisme", "France", "t2"), definitions, _settings));
            writer.AddDocument(builder.Build(TestDefinitions.ConferenceReport(), definitions, _settings));
        }

        _reader = DirectoryReader.Open(_directory);
    }

    private SearchResult Search(SearchRequest request) => PeopleSearcher.Search(new IndexSearcher(_reader), _analyzer, request, null);

    [Fact]
    public void Search_AllWords_FindsAndHighlights()
    {
        var result = Search(new SearchRequest { Query = "villes vidéosurveillance" });

        Assert.Equal(1, result.Total);
        Assert.Equal("a", result.Hits[0].ContentItemId);
        Assert.Contains("<mark>vidéosurveillance</mark>", result.Hits[0].Highlights[0], StringComparison.Ordinal);
        Assert.Null(result.Fallback);
    }

    [Fact]
    public void Search_Facets_CountEachDimensionWithTheOtherFilters()
    {
        var result = Search(new SearchRequest { Query = "villes", Countries = ["France"], Types = ["Publication"] });

        Assert.Equal(2, result.Total);
        Assert.Equal(new Dictionary<string, int> { ["France"] = 2, ["Belgique"] = 1 }, result.Facets.Country.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(new Dictionary<string, int> { ["Publication"] = 2, ["ConferenceReport"] = 0 }.Where(p => p.Value > 0).ToDictionary(),
            result.Facets.Type.Where(f => f.Count > 0).ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(new Dictionary<string, int> { ["t1"] = 1, ["t2"] = 1 }, result.Facets.Theme.ToDictionary(f => f.Value, f => f.Count));
    }

    [Fact]
    public void Search_Misspelled_FallsBackToANeighbour()
    {
        var result = Search(new SearchRequest { Query = "terrotisme" });

        Assert.Equal("spelling", result.Fallback?.Kind);
        Assert.Equal("c", Assert.Single(result.Hits).ContentItemId);
    }

    [Fact]
    public void Search_OneUnknownWord_DropsTheRarest()
    {
        var result = Search(new SearchRequest { Query = "caméras zzqqxxyy" });

        Assert.Equal("without-term", result.Fallback?.Kind);
        Assert.Equal("zzqqxxyy", result.Fallback?.Dropped);
        Assert.Equal("b", Assert.Single(result.Hits).ContentItemId);
    }

    [Fact]
    public void Search_WordsNeverTogether_FallsBackToAnyWord()
    {
        var result = Search(new SearchRequest { Query = "caméras terrorisme" });

        Assert.Equal("without-term", result.Fallback?.Kind);
        Assert.Equal(1, result.Total);
    }

    [Theory]
    [InlineData("\"(*:~^")]
    [InlineData("a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*")]
    [InlineData("villes~ AND OR NOT title:x [a TO z] /re.*gex/")]
    [InlineData("la et de")]
    public void Search_SyntaxCharacters_ArePlainWords(string query) =>
        Assert.True(Search(new SearchRequest { Query = query }).Total >= 0);

    [Fact]
    public void Search_Paging_SkipsThePreviousPages()
    {
        var first = Search(new SearchRequest { Query = "villes", PageSize = 2 });
        var second = Search(new SearchRequest { Query = "villes", PageSize = 2, Page = 2 });

        Assert.Equal(4, first.Total);
        Assert.Equal(2, first.Hits.Count);
        Assert.Equal(2, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.ContentItemId).Intersect(second.Hits.Select(h => h.ContentItemId)));
    }

    [Fact]
    public void SearchPages_TwoPages_AreEachPageAsSearchedAlone()
    {
        var request = new SearchRequest { Query = "villes", PageSize = 3 };

        var pages = PeopleSearcher.SearchPages(new IndexSearcher(_reader), _analyzer, request, [1, 2], null);

        Assert.Equal(2, pages.Count);
        foreach (var (page, result) in new[] { 1, 2 }.Zip(pages))
        {
            var alone = Search(request with { Page = page });
            Assert.Equal(alone.Total, result.Total);
            Assert.Equal(alone.Hits.Select(h => (h.ContentItemId, h.Score, string.Join('|', h.Highlights))), result.Hits.Select(h => (h.ContentItemId, h.Score, string.Join('|', h.Highlights))));
            Assert.Equal(alone.Facets.Country.Select(f => (f.Value, f.Count)), result.Facets.Country.Select(f => (f.Value, f.Count)));
        }

        Assert.Equal(3, pages[0].Hits.Count);
        Assert.Single(pages[1].Hits);
    }

    [Fact]
    public void SearchPages_APageOutOfRange_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PeopleSearcher.SearchPages(new IndexSearcher(_reader), _analyzer, new SearchRequest { Query = "villes" }, [1, 101], null));

    [Theory]
    [InlineData("", 1, 10, "q is required")]
    [InlineData("ville", 0, 10, "page must be between 1 and 100")]
    [InlineData("ville", 1, 500, "pageSize must be between 1 and 50")]
    public void Problem_InvalidRequest_IsNamed(string query, int page, int pageSize, string expected) =>
        Assert.Equal(expected, new SearchRequest { Query = query, Page = page, PageSize = pageSize }.Problem());

    [Fact]
    public void Problem_VeryLongQuery_IsRefused() =>
        Assert.StartsWith("q is too long", new SearchRequest { Query = new string('a', 10_000) }.Problem(), StringComparison.Ordinal);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static Efus.Cms.Core.Content.ContentItem Publication(string id, string title, string country, string theme) => TestDefinitions.Item($$"""
    { "ContentItemId": "{{id}}", "ContentItemVersionId": "{{id}}v", "ContentType": "Publication", "DisplayText": "{{title}}", "Published": true, "Latest": true,
      "Publication": { "Country": { "Text": "{{country}}" }, "Themes": { "TermContentItemIds": ["{{theme}}"] } } }
    """);
}
