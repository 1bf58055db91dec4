using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;
using Efus.Cms.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.IntegrationTests.GraphQL;

/// <summary>Persisted named queries: stored by the GraphQLQueries recipe step, run with GET (cacheable) or POST.</summary>
public sealed class GraphQLNamedQueryTests
{
    private const string Recipe = """
        {
          "name": "named-queries",
          "steps": [
            {
              "name": "GraphQLQueries",
              "Queries": [
                {
                  "Name": "ProjectNames",
                  "Description": "Cooperation projects by name",
                  "Query": "query($first: Int) { cooperationProject(first: $first, orderBy: {displayText: ASC}) { displayText } }"
                }
              ]
            }
          ]
        }
        """;

    [Fact]
    public async Task NamedQuery_Get_RunsTheStoredDocumentWithVariables_AndIsCacheable()
    {
        await using var site = new EfusSite();
        var client = site.CreateClient();
        await RunRecipeAsync(site, Recipe);

        var url = "/api/graphql?namedQuery=ProjectNames&variables=" + Uri.EscapeDataString("""{"first": 2}""");
        var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(["CCI – Cutting Crime Impact", "Citoyens, Villes et Vidéosurveillance"],
            body["data"]!["cooperationProject"]!.AsArray().Select(p => p!["displayText"]!.GetValue<string>()));
        Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
        Assert.NotNull(first.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var post = await client.PostAsync(new Uri("/api/graphql", UriKind.Relative),
            new StringContent("""{"namedQuery": "ProjectNames", "variables": {"first": 1}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Single(JsonNode.Parse(await post.Content.ReadAsStringAsync())!["data"]!["cooperationProject"]!.AsArray());
        Assert.Null(post.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task NamedQuery_UnknownName_OrBothQueryAndName_Is400WithAClearError()
    {
        await using var site = new EfusSite();
        var client = site.CreateClient();
        await RunRecipeAsync(site, Recipe);

        var unknown = await client.GetAsync(new Uri("/api/graphql?namedQuery=projectNames", UriKind.Relative));
        var both = await client.GetAsync(new Uri("/api/graphql?namedQuery=ProjectNames&query=" + Uri.EscapeDataString("{ pageCount }"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var error = JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("UNKNOWN_NAMED_QUERY", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("There is no persisted query named 'projectNames' (names are case-sensitive).", error["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Contains("either 'query' or 'namedQuery'", await both.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLQueriesStep_EntryWithoutQuery_FailsNamingThePath_AndWritesNothing()
    {
        await using var site = new EfusSite();
        _ = site.Server;

        var error = await Assert.ThrowsAnyAsync<RecipeException>(() => RunRecipeAsync(site, """
            { "steps": [ { "name": "GraphQLQueries", "Queries": [ { "Name": "Good", "Query": "{ pageCount }" }, { "Name": "Bad" } ] } ] }
            """));

        Assert.Contains("$.steps[0].Queries[1].Query", error.Message, StringComparison.Ordinal);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync(DocumentNames.GraphQLQueries));
    }

    private static async Task RunRecipeAsync(EfusSite site, string json)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var recipe = scope.ServiceProvider.GetRequiredService<RecipeReader>().Parse(json, "named-queries.recipe.json");
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);
    }
}
