using System.Text;
using System.Text.Json;
using Efus.Cms.Search.Lucene.Analysis;
using Efus.Cms.Search.Lucene.QueryDsl;

namespace Efus.Cms.Search.Lucene.Tests.QueryDsl;

/// Every invalid or hostile request fails with one QueryDslException whose message is "path: problem".
public sealed class LuceneQueryDslParserErrorTests
{
    private static QueryDslException ParseFails(string json)
    {
        using var analyzer = new FrenchSearchAnalyzer();
        return Assert.Throws<QueryDslException>(() => new LuceneQueryDslParser().Parse(json, analyzer, DslTestIndex.NumericFields));
    }

    [Theory]
    [InlineData("""{"query":{"bool":{"must":[{"match":{"body":"x"}},{"matchh":{"body":"x"}}]}}}""", "query.bool.must[1]: unknown query type 'matchh'")]
    [InlineData("""{"query":{"match":{"body":"x"},"term":{"Title":"a"}}}""", "query: expected one query type, found 2: 'match', 'term'")]
    [InlineData("""{"query":{}}""", "query: expected one query type, found an empty object")]
    [InlineData("""{"query":{"term":["a"]}}""", "query.term: expected an object with one field for 'term' (an object), found an array")]
    [InlineData("""{"query":{"match":{"body":{"operator":"and"}}}}""", "query.match.body: missing 'query'")]
    [InlineData("""{"query":{"match":{"body":{"query":"x","operator":"xor"}}}}""", "query.match.body.operator: operator must be \"and\" or \"or\", found \"xor\"")]
    [InlineData("""{"query":{"match":{"body":{"query":"x","fuzziness":1}}}}""", "query.match.body.fuzziness: unknown property 'fuzziness' in match")]
    [InlineData("""{"query":{"bool":{"must":"x"}}}""", "query.bool.must: expected a query object or an array of them, found a string")]
    [InlineData("""{"query":{"bool":{"must_nt":[]}}}""", "query.bool.must_nt: unknown property 'must_nt' in bool")]
    [InlineData("""{"query":{"range":{"Price":{"gte":"ten"}}}}""", "query.range.Price.gte: the field is numeric: expected an integer, found \"ten\"")]
    [InlineData("""{"query":{"range":{"Title":{"gt":"a","gte":"b"}}}}""", "query.range.Title.gte: the lower bound is given twice")]
    [InlineData("""{"query":{"range":{"Title":{}}}}""", "query.range.Title: a range needs at least one of gt, gte, lt, lte")]
    [InlineData("""{"query":{"regexp":{"Title":"[a-"}}}""", "query.regexp.Title: invalid regular expression")]
    [InlineData("""{"query":{"fuzzy":{"Title":{"value":"x","max_expansions":500}}}}""", "query.fuzzy.Title.max_expansions: 500 is out of range: expected 1 to 100")]
    [InlineData("""{"query":{"fuzzy":{"Title":{"value":"x","fuzziness":3}}}}""", "query.fuzzy.Title.fuzziness: fuzziness must be 0, 1, 2 or AUTO")]
    [InlineData("""{"query":{"match_all":{}},"sort":{"Price":{"type":"decimal"}}}""", "sort.Price.type: unknown sort type 'decimal'")]
    [InlineData("""{"sort":[{"Price":{"order":"up"}}]}""", "sort[0].Price.order: order must be \"asc\" or \"desc\"")]
    [InlineData("""{"size":-1}""", "size: -1 is out of range: expected 0 to 1000")]
    [InlineData("""{"size":5000}""", "size: 5000 is out of range: expected 0 to 1000")]
    [InlineData("""{"size":"ten"}""", "size: expected an integer, found \"ten\"")]
    [InlineData("""{"from":9500,"size":1000}""", "from: from + size is 10500; the maximum is 10000")]
    [InlineData("""{"querry":{"match_all":{}}}""", "$: unknown property 'querry' in the request (expected query, from, size, sort)")]
    [InlineData("""[1,2]""", "$: expected a request (an object), found an array")]
    [InlineData("""{"query":{"query_string":{"query":"*rance","default_field":"body"}}}""", "query.query_string.query: invalid query string")]
    [InlineData("""{"query":{"query_string":{"query":"(villes AND","default_field":"body"}}}""", "query.query_string.query: invalid query string")]
    [InlineData("""{"query":{"simple_query_string":{"query":"x","fields":[]}}}""", "query.simple_query_string.fields: expected a non-empty array of field names")]
    [InlineData("""{"query":{"match":{"body^x":"villes"}}}""", "query.match.body^x: invalid field boost '^x'")]
    public void Parse_InvalidRequest_ThrowsWithPathAndProblem(string json, string expected)
    {
        var exception = ParseFails(json);

        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"query\":{\"match\":")]
    [InlineData("{\"query\":{\"match\":{\"body\":'x'}}}")]
    public void Parse_InvalidJson_ThrowsInvalidJson(string json)
    {
        var exception = ParseFails(json);

        Assert.Contains("invalid JSON", exception.Message, StringComparison.Ordinal);
    }

    // Each bool adds two levels: 14 nested bools make 31 levels, 15 make 33.
    private static string NestedBools(int count)
    {
        var json = new StringBuilder("{\"query\":");
        for (var i = 0; i < count; i++)
        {
            json.Append("{\"bool\":{\"must\":");
        }

        return json.Append("{\"match_all\":{}}").Append('}', (2 * count) + 1).ToString();
    }

    [Fact]
    public void Parse_NestedDeeperThanLimit_ThrowsDepthError()
    {
        var exception = ParseFails(NestedBools(15));

        Assert.Equal("$: the request is nested deeper than 32 levels", exception.Message);
    }

    [Fact]
    public void Parse_NestedWithinLimit_Parses()
    {
        using var analyzer = new FrenchSearchAnalyzer();

        var request = new LuceneQueryDslParser().Parse(NestedBools(14), analyzer);

        Assert.NotNull(request.Query);
    }

    [Fact]
    public void Parse_LongerThan100KB_ThrowsBeforeParsing()
    {
        var json = "{\"query\":{\"match\":{\"body\":\"" + new string('a', 100 * 1024) + "\"}}}";

        var exception = ParseFails(json);

        Assert.Equal($"$: the request is {json.Length} characters long; the maximum is 102400", exception.Message);
    }

    [Fact]
    public void Parse_TermsWithMoreValuesThanTheClauseLimit_ThrowsTooManyClauses()
    {
        var values = JsonSerializer.Serialize(Enumerable.Range(0, 1100).Select(i => $"v{i}"));

        var exception = ParseFails("""{"query":{"terms":{"Title":""" + values + "}}}");

        Assert.StartsWith("query.terms.Title[1024]: too many clauses", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MatchTextWithMoreWordsThanTheClauseLimit_ThrowsTooManyClauses()
    {
        var text = string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"mot{i}"));

        var exception = ParseFails("{\"query\":{\"bool\":{\"should\":[{\"match\":{\"body\":\"" + text + "\"}}]}}}");

        Assert.StartsWith("query.bool.should[0].match.body: too many clauses", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ClausesSpreadOverManyBools_CountedTogether()
    {
        var clause = """{"bool":{"should":[{"term":{"Title":"a"}},{"term":{"Title":"b"}},{"term":{"Title":"c"}},{"term":{"Title":"d"}}]}}""";
        var should = string.Join(',', Enumerable.Repeat(clause, 300));

        var exception = ParseFails("""{"query":{"bool":{"should":[""" + should + "]}}}");

        Assert.Contains("too many clauses: a query may have at most 1024", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RegexpLongerThanPatternLimit_Throws()
    {
        var pattern = string.Concat(Enumerable.Repeat("(a|b)", 60));

        var exception = ParseFails("{\"query\":{\"regexp\":{\"Title\":\"" + pattern + "\"}}}");

        Assert.StartsWith("query.regexp.Title: pattern is 300 characters long; the maximum is 256", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValidJsonElement_SameAsText()
    {
        using var analyzer = new FrenchSearchAnalyzer();
        using var document = JsonDocument.Parse("""{"query":{"term":{"Title":"a"}},"size":3}""");

        var request = new LuceneQueryDslParser().Parse(document.RootElement, analyzer);

        Assert.Equal("Title:a", request.Query.ToString());
        Assert.Equal(3, request.Size);
    }
}
