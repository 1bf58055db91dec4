using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Efus.Cms.Web.IntegrationTests.GraphQL;

/// <summary>The <c>search</c> field over HTTP, on the seeded site's real Lucene index, through Core's ISiteSearch port.</summary>
public sealed class GraphQLSearchTests
{
    private const string Search = """
        query($q: String!, $types: [String!], $first: Int, $skip: Int) {
          search(query: $q, types: $types, first: $first, skip: $skip) {
            total
            facets { types { value label count } themes { value label count } years { value count } countries { value count } }
            hits { score highlights item { contentItemId contentType displayText ... on PracticeSheet { year } } }
          }
        }
        """;

    [Fact]
    public async Task Search_Videosurveillance_ReturnsHitsWithScoresHighlightsFacetsAndItems()
    {
        await using var site = new EfusSite();
        var client = site.CreateClient();

        var (status, body) = await PostAsync(client, Search, new JsonObject { ["q"] = "vidéosurveillance" });

        Assert.Equal(HttpStatusCode.OK, status);
        var search = body["data"]!["search"]!;
        var hits = search["hits"]!.AsArray();
        Assert.True(search["total"]!.GetValue<int>() >= hits.Count && hits.Count > 0, body.ToJsonString());
        Assert.Contains(hits, h => h!["item"]!["displayText"]!.GetValue<string>() == "Charte pour une utilisation démocratique de la vidéosurveillance");
        Assert.All(hits, h => Assert.True(h!["score"]!.GetValue<double>() > 0));
        Assert.Contains(hits, h => h!["highlights"]!.AsArray().Any(x => x!.GetValue<string>().Contains("<mark>", StringComparison.Ordinal)));
        var scores = hits.Select(h => h!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        var typeFacet = search["facets"]!["types"]!.AsArray();
        Assert.Equal(search["total"]!.GetValue<int>(), typeFacet.Sum(f => f!["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Search_ElidedFrenchWord_FindsItemsAboutAI_AndTypeFilterNarrowsThem()
    {
        await using var site = new EfusSite();
        var client = site.CreateClient();

        var (_, all) = await PostAsync(client, Search, new JsonObject { ["q"] = "l'IA", ["first"] = 50 });
        var total = all["data"]!["search"]!["total"]!.GetValue<int>();
        Assert.Equal(2, total);
        Assert.Contains(all["data"]!["search"]!["hits"]!.AsArray(), h => h!["highlights"]!.AsArray().Any(x => x!.GetValue<string>().Contains("<mark>L’IA</mark>", StringComparison.Ordinal)));
        var reports = all["data"]!["search"]!["facets"]!["types"]!.AsArray().Single(f => f!["value"]!.GetValue<string>() == "ConferenceReport")!["count"]!.GetValue<int>();

        var (status, filtered) = await PostAsync(client, Search, new JsonObject { ["q"] = "l'IA", ["types"] = new JsonArray("ConferenceReport"), ["first"] = 50 });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, reports);
        Assert.Equal(reports, filtered["data"]!["search"]!["total"]!.GetValue<int>());
        Assert.All(filtered["data"]!["search"]!["hits"]!.AsArray(), h => Assert.Equal("ConferenceReport", h!["item"]!["contentType"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_SkipNotAMultipleOfFirst_ReturnsTheSameWindowAsTheFullList()
    {
        await using var site = new EfusSite();
        var client = site.CreateClient();

        var (_, full) = await PostAsync(client, Search, new JsonObject { ["q"] = "sécurité", ["first"] = 10 });
        var (_, window) = await PostAsync(client, Search, new JsonObject { ["q"] = "sécurité", ["first"] = 2, ["skip"] = 1 });

        var expected = Ids(full).Skip(1).Take(2).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, Ids(window));
    }

    [Theory]
    [InlineData("   ", 10, 0, "query is required")]
    [InlineData("ville", 0, 0, "first must be between 1 and 50")]
    [InlineData("ville", 51, 0, "first must be between 1 and 50")]
    [InlineData("ville", 10, -1, "skip must be between 0 and 1000")]
    public async Task Search_BadArguments_Return400NamingTheArgument(string query, int first, int skip, string message)
    {
        await using var site = new EfusSite();

        var (status, body) = await PostAsync(site.CreateClient(), Search, new JsonObject { ["q"] = query, ["first"] = first, ["skip"] = skip });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(body["data"]?["search"]);
        Assert.Equal("INVALID_ARGUMENT", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(message, body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static List<string> Ids(JsonObject body) =>
        [.. body["data"]!["search"]!["hits"]!.AsArray().Select(h => h!["item"]!["contentItemId"]!.GetValue<string>())];

    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(HttpClient client, string query, JsonObject variables)
    {
        var payload = new JsonObject { ["query"] = query, ["variables"] = variables };
        var response = await client.PostAsync(new Uri("/api/graphql", UriKind.Relative), new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
