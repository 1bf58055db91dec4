using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Efus.Cms.Search.Lucene.IntegrationTests;

/// <summary>Orchard Core's LuceneQueryTests, on its own recipe (luceneQueryTest.json), through <c>/api/lucene/content</c>.</summary>
public sealed class LuceneQueryApiTests
{
    private const string Index = "ArticleIndex";

    private static async Task<SearchSite> OrchardSiteAsync()
    {
        var site = new SearchSite(recipe: SearchSite.OrchardFixture("luceneQueryTest.json"));
        await site.GrantAnonymousAsync("QueryLuceneApi");
        return site;
    }

    private static async Task<JsonArray> ItemsAsync(SearchSite site, string query)
    {
        var response = await site.LuceneAsync("content", Index, query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(body["count"]!.GetValue<int>() >= body["items"]!.AsArray().Count);
        return body["items"]!.AsArray();
    }

    private static string DisplayText(JsonNode? item) => item!["DisplayText"]!.GetValue<string>();

    private static string Body(JsonNode? item) => item!["HtmlBodyPart"]!["Html"]!.GetValue<string>();

    [Fact]
    public async Task BoostingTitle_HasTitlesContainingOrchardFirst()
    {
        using var site = await OrchardSiteAsync();

        var items = await ItemsAsync(site, """{ "from": 0, "size": 2, "query": { "simple_query_string": { "analyze_wildcard": true, "fields": ["Content.ContentItem.DisplayText.Normalized^2", "Content.BodyAspect.Body"], "query": "orchard*" } } }""");

        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Contains("Orchard", DisplayText(item), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task BoostingBody_HasTitlesNotContainingOrchardFirst()
    {
        using var site = await OrchardSiteAsync();

        var items = await ItemsAsync(site, """{ "from": 0, "size": 2, "query": { "simple_query_string": { "analyze_wildcard": true, "fields": ["Content.ContentItem.DisplayText_Normalized", "Content.BodyAspect.Body^2"], "query": "orchard*" } } }""");

        Assert.Equal(2, items.Count);
        Assert.False(items.All(item => DisplayText(item).Contains("Orchard", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task SimpleQueryWildcard_HasResults()
    {
        using var site = await OrchardSiteAsync();

        var items = await ItemsAsync(site, """{ "from": 0, "size": 1, "query": { "simple_query_string": { "analyze_wildcard": true, "fields": ["Content.ContentItem.DisplayText.Normalized"], "query": "orch*" } } }""");

        Assert.NotEmpty(items);
        Assert.Contains("Orchard", DisplayText(items[0]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TwoWildcardQueriesWithBoost_BodyMatchesFirstThenTitles()
    {
        using var site = await OrchardSiteAsync();

        var items = await ItemsAsync(site, """
            { "from": 0, "size": 10, "query": { "bool": { "should": [
                { "wildcard": { "Content.ContentItem.DisplayText.Normalized": { "value": "orch*", "boost": 2 } } },
                { "wildcard": { "Content.BodyAspect.Body": { "value": "orchar*", "boost": 5 } } } ] } } }
            """);

        Assert.True(items.Count >= 4);
        Assert.Contains("Orchard", Body(items[0]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Orchard", Body(items[1]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Orchard", DisplayText(items[2]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Orchard", DisplayText(items[3]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task QueryTemplateWithLiquidTagAndTrailingComma_DoesNotFail()
    {
        using var site = await OrchardSiteAsync();

        var items = await ItemsAsync(site, "\r\r\n{% assign testVariable = \"48yvsghn194eft8axztaves25h\" %}\n\n{\n  \"query\": {\n    \"bool\": {\n      \"must\": [\n        { \"term\" : { \"Content.ContentItem.ContentType\" : \"Article\" } },\n        { \"term\": { \"Content.ContentItem.Published\" : \"true\" } },\n      ]\n    }\n  }\n}");

        Assert.Equal(4, items.Count);
    }

    [Fact]
    public async Task Parameters_FillTheTemplate()
    {
        using var site = await OrchardSiteAsync();
        var query = Uri.EscapeDataString("""{ "query": { "term": { "Content.ContentItem.DisplayText.Normalized": "{{ title }}" } } }""");
        var parameters = Uri.EscapeDataString("""{ "title": "orchard core" }""");

        var body = await site.CreateClient().GetFromJsonAsync<JsonObject>(new Uri($"/api/lucene/content?indexName={Index}&query={query}&parameters={parameters}", UriKind.Relative));

        Assert.Equal("Orchard Core", DisplayText(Assert.Single(body!["items"]!.AsArray())));
    }

    [Fact]
    public async Task Post_JsonBody_IsAccepted()
    {
        using var site = await OrchardSiteAsync();

        var response = await site.CreateClient().PostAsJsonAsync(new Uri("/api/lucene/documents", UriKind.Relative),
            new { indexName = Index, query = """{ "query": { "match_all": {} }, "size": 0 }""" });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, body!["count"]!.GetValue<int>());
        Assert.Empty(body["items"]!.AsArray());
    }

    [Fact]
    public async Task Documents_AreStoredFieldsAsFlatObjects()
    {
        using var site = await OrchardSiteAsync();

        var response = await site.LuceneAsync("documents", Index, """{ "query": { "term": { "Content.ContentItem.DisplayText.Normalized": "cms" } } }""");
        var document = (await response.Content.ReadFromJsonAsync<JsonObject>())!["items"]![0]!.AsObject();

        Assert.Equal("Article", document["Content.ContentItem.ContentType"]!.GetValue<string>());
        Assert.Equal("CMS", document["Content.ContentItem.DisplayText.keyword"]!.GetValue<string>());
        Assert.NotNull(document["ContentItemId"]);
        Assert.DoesNotContain(document, p => p.Key.StartsWith("Efus.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_WithoutPermission_Is401()
    {
        using var site = new SearchSite(recipe: SearchSite.OrchardFixture("luceneQueryTest.json"));

        var response = await site.LuceneAsync("content", Index, """{ "query": { "match_all": {} } }""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_WithThePerIndexPermission_MayQueryThatIndexOnly()
    {
        using var site = new SearchSite();

        var search = await site.LuceneAsync("content", "Search", """{ "query": { "match_all": {} }, "size": 1 }""");

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }
}
