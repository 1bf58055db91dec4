using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Efus.Cms.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.IntegrationTests.Security;

/// <summary>
/// The per-type view rule over HTTP: CooperationProject made Securable, Anonymous and Authenticated left without
/// ViewContent; REST and GraphQL expansions hide projects from anonymous callers and show them to a token whose
/// user's role has <c>View_CooperationProject</c>. The role change is seen by the very next request.
/// </summary>
public sealed class ContentAccessTests
{
    private const string ProjectId = "4efus0proj0000000000000005";
    private const string Expansion = """{ publication(where: {contentItemId: "4efus0pub00000000000000002"}) { relatedProjects { contentItemIds contentItems { displayText } } } }""";

    [Fact]
    public async Task SecurableType_RestAndGraphQLExpansions_FollowTheViewPermission_FromTheNextRequest()
    {
        using var site = new EfusSite();
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/content/{ProjectId}", UriKind.Relative))).StatusCode);
        Assert.Single(Projects(await PostAsync(client, Expansion, null)));

        await RunRecipeAsync(site, """
            { "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "CooperationProject", "Settings": { "ContentTypeSettings": { "Securable": true } } } ] },
              { "name": "Roles", "Roles": [
                { "Name": "Anonymous", "Permissions": ["ExecuteGraphQL", "View_Publication"] },
                { "Name": "Authenticated", "Permissions": [] },
                { "Name": "Partner", "Permissions": ["ExecuteGraphQL", "View_Publication", "View_CooperationProject"] },
                { "Name": "Reader", "Permissions": ["ExecuteGraphQL", "View_Publication"] } ] } ] }
            """);
        Assert.True((await CliProcess.RunAsync(site.DataPath, "user", "add", "paula", "--role", "Partner")).ExitCode == 0);
        Assert.True((await CliProcess.RunAsync(site.DataPath, "user", "add", "olga", "--role", "Reader")).ExitCode == 0);
        var partner = await TokenAsync(site, "partner-app", "paula");
        var reader = await TokenAsync(site, "reader-app", "olga");

        var anonymousRest = await GetAsync(client, $"/api/content/{ProjectId}", null);
        var readerRest = await GetAsync(client, $"/api/content/{ProjectId}", reader);
        var partnerRest = await GetAsync(client, $"/api/content/{ProjectId}", partner);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRest.StatusCode);
        Assert.Equal("Bearer", anonymousRest.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", anonymousRest.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, readerRest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, partnerRest.StatusCode);
        Assert.Contains(ProjectId, await partnerRest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/api/content/4efus0pub00000000000000002", null)).StatusCode);

        Assert.Empty(Projects(await PostAsync(client, Expansion, null)));
        Assert.Single(Projects(await PostAsync(client, Expansion, partner)));
    }

    [Fact]
    public async Task NamedQueryAndGet_VaryByCaller_AnAnonymousAnswerIsPublic_ATokensIsPrivate_NeitherLeaksToTheOther()
    {
        using var site = new EfusSite();
        var client = site.CreateClient();
        _ = site.Server;
        await RunRecipeAsync(site, $$"""
            { "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "CooperationProject", "Settings": { "ContentTypeSettings": { "Securable": true } } } ] },
              { "name": "Roles", "Roles": [
                { "Name": "Anonymous", "Permissions": ["ExecuteGraphQL", "View_Publication"] },
                { "Name": "Authenticated", "Permissions": [] },
                { "Name": "Partner", "Permissions": ["ExecuteGraphQL", "View_Publication", "View_CooperationProject"] } ] },
              { "name": "GraphQLQueries", "Queries": [ { "Name": "Related", "Query": "{{Expansion.Replace("\"", "\\\"", StringComparison.Ordinal)}}" } ] } ] }
            """);
        Assert.True((await CliProcess.RunAsync(site.DataPath, "user", "add", "paula", "--role", "Partner")).ExitCode == 0);
        var partner = await TokenAsync(site, "partner-app", "paula");

        var anonymous = await GetAsync(client, "/api/graphql?namedQuery=Related", null);
        var withToken = await GetAsync(client, "/api/graphql?namedQuery=Related", partner);
        var anonymousAgain = await GetAsync(client, "/api/graphql?namedQuery=Related", null);
        var plainGet = await GetAsync(client, "/api/graphql?query=" + Uri.EscapeDataString(Expansion), null);
        var plainGetWithToken = await GetAsync(client, "/api/graphql?query=" + Uri.EscapeDataString(Expansion), partner);

        Assert.Equal("public, max-age=60", anonymous.Headers.CacheControl!.ToString());
        Assert.True(withToken.Headers.CacheControl is { Private: true, NoCache: true, Public: false, MaxAge: null }, withToken.Headers.CacheControl?.ToString());
        Assert.All(new[] { anonymous, withToken, plainGet, plainGetWithToken }, r => Assert.Equal(["Authorization", "Cookie"], r.Headers.Vary));
        Assert.All(new[] { plainGet, plainGetWithToken }, r => Assert.True(r.Headers.CacheControl!.NoStore));
        Assert.Empty(Projects(await BodyAsync(anonymous)));
        Assert.Single(Projects(await BodyAsync(withToken)));
        Assert.Empty(Projects(await BodyAsync(anonymousAgain)));
        Assert.Empty(Projects(await BodyAsync(plainGet)));
        Assert.Single(Projects(await BodyAsync(plainGetWithToken)));
        Assert.NotEqual(anonymous.Headers.ETag, withToken.Headers.ETag);
    }

    [Fact]
    public async Task SecurableType_IsNeitherFoundNorCounted_BySearch_UnlessTheCallerMayViewIt()
    {
        const string Search = "/api/search?q=vid%C3%A9osurveillance";
        const string GraphQLSearch = """{ search(query: "vidéosurveillance") { total hits { item { contentType } } } }""";
        using var site = new EfusSite();
        var client = site.CreateClient();
        Assert.Contains("CooperationProject", HitTypes(await BodyAsync(await GetAsync(client, Search, null))));

        await RunRecipeAsync(site, """
            { "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "CooperationProject", "Settings": { "ContentTypeSettings": { "Securable": true } } } ] },
              { "name": "Roles", "Roles": [
                { "Name": "Anonymous", "Permissions": ["ExecuteGraphQL", "View_Publication"] },
                { "Name": "Authenticated", "Permissions": [] },
                { "Name": "Partner", "Permissions": ["ExecuteGraphQL", "View_Publication", "View_CooperationProject"] } ] } ] }
            """);
        Assert.True((await CliProcess.RunAsync(site.DataPath, "user", "add", "paula", "--role", "Partner")).ExitCode == 0);
        var partner = await TokenAsync(site, "partner-app", "paula");

        var anonymous = await BodyAsync(await GetAsync(client, Search, null));
        Assert.Equal(["Publication"], HitTypes(anonymous).Distinct());
        Assert.Equal(anonymous["hits"]!.AsArray().Count, (int)anonymous["total"]!);
        Assert.Equal(["Publication"], anonymous["facets"]!["type"]!.AsArray().Select(f => (string)f!["value"]!));
        var withToken = await BodyAsync(await GetAsync(client, Search, partner));
        Assert.Contains("CooperationProject", HitTypes(withToken));
        Assert.True((int)withToken["total"]! > (int)anonymous["total"]!);

        var graphQL = (await PostAsync(client, GraphQLSearch, null))["data"]!["search"]!;
        Assert.Equal(["Publication"], graphQL["hits"]!.AsArray().Select(h => (string)h!["item"]!["contentType"]!).Distinct());
        Assert.Equal(graphQL["hits"]!.AsArray().Count, (int)graphQL["total"]!);
        var page = await client.GetStringAsync(new Uri("/search?q=vid%C3%A9osurveillance", UriKind.Relative));
        Assert.DoesNotContain("href=\"/projets/", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/publications/", page, StringComparison.Ordinal);
    }

    private static IEnumerable<string> HitTypes(JsonObject searchResult) =>
        searchResult["hits"]!.AsArray().Select(h => (string)h!["contentType"]!);

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static JsonArray Projects(JsonObject response) =>
        response["data"]!["publication"]![0]!["relatedProjects"]!["contentItems"]!.AsArray();

    private static async Task<string> TokenAsync(EfusSite site, string name, string user)
    {
        var added = await CliProcess.RunAsync(site.DataPath, "token", "add", name, "--user", user);
        Assert.True(added.ExitCode == 0, added.Error);
        return added.Output.Trim().Split('\n')[^1].Trim();
    }

    private static async Task RunRecipeAsync(EfusSite site, string json)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var recipe = scope.ServiceProvider.GetRequiredService<RecipeReader>().Parse(json, "access.recipe.json");
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string query, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = new StringContent(query, Encoding.UTF8, "application/graphql") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return body;
    }
}
