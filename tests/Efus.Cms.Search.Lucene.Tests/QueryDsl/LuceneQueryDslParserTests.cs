using Efus.Cms.Search.Lucene.QueryDsl;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.Tests.QueryDsl;

public sealed class LuceneQueryDslParserTests : IDisposable
{
    private readonly DslTestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Parse_OnlyQuery_DefaultsToFirstTenByRelevance()
    {
        var request = _index.Parse("""{"query":{"match_all":{}}}""");

        Assert.Equal((0, 10, null), (request.From, request.Size, request.Sort));
        Assert.IsType<MatchAllDocsQuery>(request.Query);
    }

    [Theory]
    [InlineData("""{"query":{"match":{"body":"vidéosurveillance"}}}""", new[] { 0 })]
    [InlineData("""{"query":{"match":{"body":{"query":"prévention lyon","operator":"and"}}}}""", new[] { 3 })]
    [InlineData("""{"query":{"match":{"body":{"query":"prévention lyon","operator":"or"}}}}""", new[] { 3, 2 })]
    [InlineData("""{"query":{"match":{"body":{"query":"la de","zero_terms_query":"all"}}},"sort":"_doc"}""", new[] { 0, 1, 2, 3 })]
    [InlineData("""{"query":{"match_phrase":{"body":"police municipale"}}}""", new[] { 1 })]
    [InlineData("""{"query":{"match_phrase":{"body":{"query":"caméras police","slop":2}}}}""", new[] { 1 })]
    [InlineData("""{"query":{"match_phrase":{"body":"municipale police"}}}""", new int[0])]
    public void Parse_FullTextQueries_AnalyzeWithTheIndexAnalyzer(string json, int[] expected) =>
        Assert.Equal(expected, _index.Search(json));

    [Theory]
    [InlineData("""{"query":{"term":{"ContentType":"Article"}},"sort":"Title"}""", new[] { 1, 0 })]
    [InlineData("""{"query":{"terms":{"ContentType":["Page","BlogPost"]}},"sort":"Title"}""", new[] { 2, 3 })]
    [InlineData("""{"query":{"prefix":{"ContentType":"Blog"}}}""", new[] { 2 })]
    [InlineData("""{"query":{"wildcard":{"ContentType":{"value":"*icle"}}},"sort":"Title"}""", new[] { 1, 0 })]
    [InlineData("""{"query":{"regexp":{"ContentType":"(Page|Blog.*)"}},"sort":"Title"}""", new[] { 2, 3 })]
    [InlineData("""{"query":{"fuzzy":{"ContentType":{"value":"Articel","fuzziness":1}}},"sort":"Title"}""", new[] { 1, 0 })]
    [InlineData("""{"query":{"term":{"Price":20}}}""", new[] { 1 })]
    [InlineData("""{"query":{"terms":{"Rating":[4.5, 1]}},"sort":"Title"}""", new[] { 0, 3 })]
    public void Parse_TermLevelQueries_MatchIndexTermsAndNumbers(string json, int[] expected) =>
        Assert.Equal(expected, _index.Search(json));

    [Theory]
    [InlineData("""{"query":{"range":{"Price":{"gte":10,"lt":30}}},"sort":"Price"}""", new[] { 0, 1 })]
    [InlineData("""{"query":{"range":{"Rating":{"gt":3}}},"sort":{"Rating":{"order":"desc"}}}""", new[] { 2, 0 })]
    [InlineData("""{"query":{"range":{"Title":{"gte":"b","lte":"c"}}},"sort":"Title"}""", new[] { 0, 2 })]
    [InlineData("""{"query":{"range":{"Title":{"gt":"b"}}},"sort":"Title"}""", new[] { 2, 3 })]
    public void Parse_Range_NumericFieldsNumericallyOthersAsTerms(string json, int[] expected) =>
        Assert.Equal(expected, _index.Search(json));

    [Fact]
    public void Parse_RangeOnNumericField_BuildsNumericRangeQuery()
    {
        var request = _index.Parse("""{"query":{"range":{"Price":{"gte":10}}}}""");

        Assert.IsType<NumericRangeQuery<long>>(request.Query);
    }

    [Theory]
    [InlineData("""{"query":{"bool":{"filter":{"term":{"ContentType":"Article"}},"must_not":{"match":{"body":"police"}}}}}""", new[] { 0 })]
    [InlineData("""{"query":{"bool":{"must":[{"match":{"body":"prévention"}}],"should":[{"match":{"body":"lyon"}}]}}}""", new[] { 3, 2 })]
    [InlineData("""{"query":{"bool":{"filter":[{"term":{"ContentType":"Article"}}],"should":{"match":{"body":"caméras"}}}}}""", new[] { 1, 0 })]
    [InlineData("""{"query":{"bool":{"must_not":{"terms":{"ContentType":["Article","Page"]}}}}}""", new[] { 2 })]
    [InlineData("""{"query":{"bool":{"should":[{"term":{"Title":"a"}},{"term":{"ContentType":"Article"}},{"term":{"Price":10}}],"minimum_should_match":2}},"sort":"Title"}""", new[] { 1, 0 })]
    [InlineData("""{"query":{"bool":{}},"sort":"_doc"}""", new[] { 0, 1, 2, 3 })]
    public void Parse_Bool_FollowsElasticsearchSemantics(string json, int[] expected) =>
        Assert.Equal(expected, _index.Search(json));

    [Theory]
    [InlineData("""{"sort":{"Price":{"order":"desc","type":"long"}}}""", new[] { 2, 1, 0, 3 })]
    [InlineData("""{"sort":[{"ContentType":"asc"},{"Rating":{"order":"desc","type":"double"}}]}""", new[] { 0, 1, 2, 3 })]
    [InlineData("""{"sort":"Title","from":1,"size":2}""", new[] { 0, 2 })]
    [InlineData("""{"sort":"Title","size":0}""", new int[0])]
    public void Parse_SortFromSize_OrderAndPageHits(string json, int[] expected) =>
        Assert.Equal(expected, _index.Search(json));

    [Theory]
    [InlineData("""{"query":{"query_string":{"query":"video* AND villes","default_field":"body"}}}""", new[] { 0 })]
    [InlineData("""{"query":{"query_string":{"query":"Vidéo* AND villes","default_field":"body","analyze_wildcard":true}}}""", new[] { 0 })]
    [InlineData("""{"query":{"query_string":{"query":"prévention -lyon","default_field":"body"}}}""", new[] { 2 })]
    [InlineData("""{"query":{"simple_query_string":{"query":"prévention +lyon","fields":["body"]}}}""", new[] { 3 })]
    [InlineData("""{"query":{"simple_query_string":{"query":"Vidéo*","fields":["body"],"analyze_wildcard":true}}}""", new[] { 0 })]
    [InlineData("""{"query":{"simple_query_string":{"query":"prévention lyon","fields":["body"],"default_operator":"and"}}}""", new[] { 3 })]
    [InlineData("""{"query":{"simple_query_string":{"query":"*","fields":["body"]}}}""", new int[0])]
    [InlineData("""{"query":{"simple_query_string":{"query":"* lyon","fields":["body"]}}}""", new[] { 3 })]
    public void Parse_QueryStrings_UseLuceneParsers(string json, int[] expected) =>
        Assert.Equal(expected, _index.Search(json));

    [Theory]
    [InlineData("""{"query":{"simple_query_string":{"query":"lyon","fields":["body^10","Summary"]}}}""", new[] { 3, 0 })]
    [InlineData("""{"query":{"simple_query_string":{"query":"lyon","fields":["body","Summary^10"]}}}""", new[] { 0, 3 })]
    [InlineData("""{"query":{"bool":{"should":[{"match":{"body^10":"lyon"}},{"match":{"Summary":"lyon"}}]}}}""", new[] { 3, 0 })]
    [InlineData("""{"query":{"bool":{"should":[{"match":{"body":"lyon"}},{"match":{"Summary":{"query":"lyon","boost":10}}}]}}}""", new[] { 0, 3 })]
    public void Parse_FieldBoosts_RankTheBoostedFieldFirst(string json, int[] expected) =>
        Assert.Equal(expected, _index.Search(json));

    [Fact]
    public void Parse_WildcardMatchingManyTerms_ExpansionIsBounded()
    {
        for (var i = 0; i < 300; i++)
        {
            var tag = $"tag{i:D3}";
            _index.Index.Add(document => document.Add(new StringField("Tag", tag, Field.Store.NO)));
        }

        var request = _index.Parse("""{"query":{"wildcard":{"Tag":"*"}}}""");
        var rewritten = _index.Index.Searcher.Rewrite(request.Query);

        Assert.Equal(100, Assert.IsType<BooleanQuery>(rewritten).Clauses.Count);
    }
}
