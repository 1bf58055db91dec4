using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Efus.Cms.Search.Lucene.IntegrationTests;

/// <summary>Bad input gets a clear 400/404 problem, never a 500. The tests only read, so they share one seeded site.</summary>
public sealed class BadInputTests(SeededSiteFixture fixture) : IClassFixture<SeededSiteFixture>
{
    private async Task<(HttpStatusCode Status, JsonObject? Body)> GetAsync(string url)
    {
        var response = await fixture.Site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : null);
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=%20%20")]
    public async Task Search_WithoutQ_Is400QIsRequired(string url)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("q is required", body!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_LongQuery_Is400()
    {
        var (status, body) = await GetAsync("/api/search?q=" + string.Concat(Enumerable.Repeat("ville%20", 700)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("q is too long", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TenThousandCharacters_IsRefusedWithoutA500()
    {
        var (status, _) = await GetAsync("/api/search?q=" + new string('a', 10_000));

        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong, $"answered {status}");
    }

    [Theory]
    [InlineData("\"(*:~^")]
    [InlineData("a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*")]
    [InlineData("ville~2 vidéo~ surveil~1 terrorism~")]
    [InlineData("title:(x OR y) AND [a TO z] /.*/ \\")]
    [InlineData("la et de")]
    public async Task Search_LuceneSyntax_IsPlainWords(string query)
    {
        var (status, body) = await GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(body!["total"]);
    }

    [Theory]
    [InlineData("/api/search?q=ville&page=abc", "page and pageSize must be whole numbers")]
    [InlineData("/api/search?q=ville&page=0", "page must be between 1 and 100")]
    [InlineData("/api/search?q=ville&pageSize=1000", "pageSize must be between 1 and 50")]
    public async Task Search_BadPaging_Is400(string url, string detail)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(detail, body!["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ \"query\": { \"matchh\": {} } }", "query: unknown query type 'matchh'")]
    [InlineData("{ \"query\": ", "invalid JSON")]
    [InlineData("{ \"query\": { \"match_all\": {} }, \"size\": 100000 }", "size")]
    [InlineData("{ \"query\": { \"match_all\": {} }, \"from\": 9995, \"size\": 10 }", "from + size")]
    public async Task LuceneContent_InvalidDsl_Is400NamingTheProblem(string query, string expected)
    {
        var (status, body) = await GetAsync($"/api/lucene/content?indexName=Search&query={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LuceneContent_SortOnAMultiValuedField_IsNever500()
    {
        var query = """{ "query": { "match_all": {} }, "sort": { "Content.ContentItem.FullText": { "order": "asc" } } }""";

        var (status, _) = await GetAsync($"/api/lucene/content?indexName=Search&query={Uri.EscapeDataString(query)}");

        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {status}");
    }

    [Fact]
    public async Task LuceneContent_UnknownIndex_Is404()
    {
        var (status, body) = await GetAsync("/api/lucene/content?indexName=Nope&query=%7B%7D");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Nope", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/lucene/content?query=%7B%7D", "indexName is required.")]
    [InlineData("/api/lucene/content?indexName=Search", "query is required")]
    [InlineData("/api/lucene/content?indexName=Search&query=%7B%7D&parameters=oops", "parameters must be a JSON object")]
    public async Task LuceneContent_MissingArguments_Is400(string url, string expected)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(expected, body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LuceneContent_FuzzyStorm_IsBounded()
    {
        var clauses = string.Join(",", Enumerable.Range(0, 200).Select(i => $$"""{ "fuzzy": { "Content.ContentItem.FullText": { "value": "ville{{i}}", "fuzziness": 2, "max_expansions": 50 } } }"""));

        var (status, _) = await GetAsync($"/api/lucene/content?indexName=Search&query={Uri.EscapeDataString($$"""{ "query": { "bool": { "should": [{{clauses}}] } } }""")}");

        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {status}");
    }

    [Fact]
    public async Task LuceneContent_PostNotJson_Is400()
    {
        var response = await fixture.Site.CreateClient().PostAsync(new Uri("/api/lucene/content", UriKind.Relative),
            new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
