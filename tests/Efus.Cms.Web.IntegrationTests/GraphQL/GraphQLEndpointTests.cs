using System.Net;
using System.Text;

namespace Efus.Cms.Web.IntegrationTests.GraphQL;

/// <summary>/api/graphql over HTTP on a site set up with the setup recipe.</summary>
public sealed class GraphQLEndpointTests
{
    [Fact]
    public async Task Endpoint_Transports_AndStatusCodes()
    {
        await using var site = new EfusSite();
        var client = site.CreateClient();

        var get = await client.GetAsync("/api/graphql?query=" + Uri.EscapeDataString("{ page(orderBy: {displayText: DESC}) { displayText } }"));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("Technologie et sécurité urbaine", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var withVariables = await client.GetAsync("/api/graphql?query=" + Uri.EscapeDataString("query($p: String) { page(where: {path: $p}) { displayText } }")
            + "&variables=" + Uri.EscapeDataString("""{"p": "fiches-de-pratique"}"""));
        Assert.Contains("Fiches de pratique", await withVariables.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mutation = await client.GetAsync("/api/graphql?query=" + Uri.EscapeDataString("mutation { x }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);

        var json = await client.PostAsync("/api/graphql", new StringContent("""{"query": "{ publicationCount }"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Contains("\"publicationCount\":3", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var raw = await client.PostAsync("/api/graphql", new StringContent("{ cooperationProjectCount }", Encoding.UTF8, "application/graphql"));
        Assert.Contains("\"cooperationProjectCount\":5", await raw.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var drafts = await client.PostAsync("/api/graphql", new StringContent("{ page(status: DRAFT) { displayText } }", Encoding.UTF8, "application/graphql"));
        Assert.Equal(HttpStatusCode.Unauthorized, drafts.StatusCode);
        Assert.Contains("UNAUTHORIZED", await drafts.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var invalid = await client.PostAsync("/api/graphql", new StringContent("{ nope }", Encoding.UTF8, "application/graphql"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        var badJson = await client.PostAsync("/api/graphql", new StringContent("{\"query\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);

        var huge = await client.PostAsync("/api/graphql", new StringContent(new string(' ', 5 * 1024 * 1024) + "{ page { displayText } }", Encoding.UTF8, "application/graphql"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }
}
