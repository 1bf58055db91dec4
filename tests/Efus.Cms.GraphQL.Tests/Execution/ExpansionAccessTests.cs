using System.Text.Json.Nodes;
using Efus.Cms.GraphQL.Tests.Infrastructure;

namespace Efus.Cms.GraphQL.Tests.Execution;

/// <summary>
/// Expansions (picker <c>contentItems</c>, taxonomy <c>termContentItems</c>/<c>taxonomyContentItem</c>, translations)
/// and <c>contentItem</c> apply the lists' per-type view decision: on the setup recipe's content, Publication and
/// CooperationProject are made Securable, the Anonymous role may view publications only (<c>View_Publication</c>)
/// and the Authenticated role nothing, so that each test role grants exactly what it lists.
/// </summary>
public sealed class ExpansionAccessTests : IAsyncLifetime
{
    private const string ProjectId = "4efus0proj0000000000000005";

    private const string Query = """
        { publication(where: {contentItemId: "4efus0pub00000000000000002"}) { displayText
            relatedProjects { contentItemIds contentItems { displayText } }
            themes { termContentItemIds termContentItems { displayText } taxonomyContentItem { displayText } } }
          project: contentItem(contentItemId: "4efus0proj0000000000000005") { displayText } }
        """;

    private GraphQLTestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await GraphQLTestSite.WithSetupRecipeAsync();
        await _site.RunRecipeJsonAsync("""
            { "steps": [
              { "name": "ContentDefinition", "ContentTypes": [
                { "Name": "Publication", "Settings": { "ContentTypeSettings": { "Securable": true } } },
                { "Name": "CooperationProject", "Settings": { "ContentTypeSettings": { "Securable": true } } } ] },
              { "name": "Roles", "Roles": [
                { "Name": "Anonymous", "Permissions": ["ExecuteGraphQL", "View_Publication"] },
                { "Name": "Authenticated", "Permissions": [] },
                { "Name": "Partner", "Permissions": ["ExecuteGraphQL", "View_Publication", "View_CooperationProject", "View_Taxonomy", "ViewContent"] },
                { "Name": "OwnReader", "Permissions": ["ExecuteGraphQL", "ViewOwnContent"] } ] } ] }
            """);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Expansions_WithoutTheTargetTypesViewPermission_ShowNoSuchItem()
    {
        var result = (await _site.ExecuteAsync(Query)).AssertOk();

        var publication = result.Data!["publication"]!.AsArray().Single()!;
        Assert.Equal([ProjectId], publication["relatedProjects"]!["contentItemIds"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.Empty(publication["relatedProjects"]!["contentItems"]!.AsArray());
        // The Taxonomy type is not Securable: viewing it needs ViewContent, which Anonymous no longer has.
        Assert.NotEmpty(publication["themes"]!["termContentItemIds"]!.AsArray());
        Assert.Empty(publication["themes"]!["termContentItems"]!.AsArray());
        Assert.Null(publication["themes"]!["taxonomyContentItem"]);
        Assert.Null(result.Data!["project"]);
        Assert.DoesNotContain("SURVEILLE", result.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expansions_ForAUserWithTheViewPermissions_ShowTheItems()
    {
        var result = (await _site.ExecuteAsync(Query, user: GraphQLTestSite.User("partner-1", "Partner"))).AssertOk();

        var publication = result.Data!["publication"]!.AsArray().Single()!;
        Assert.Single(publication["relatedProjects"]!["contentItems"]!.AsArray());
        Assert.NotEmpty(publication["themes"]!["termContentItems"]!.AsArray());
        Assert.Equal("Thèmes", publication["themes"]!["taxonomyContentItem"]!["displayText"]!.GetValue<string>());
        Assert.NotNull(result.Data!["project"]);
    }

    [Fact]
    public async Task Expansions_AsOrchardDecides_ViewContentStillGrantsTheSecurableTypes()
    {
        // Orchard's View_{Type} is implied by ViewContent: Securable adds a finer permission, it does not take the global one away.
        await _site.RunRecipeJsonAsync("""{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Anonymous", "Permissions": ["ExecuteGraphQL", "ViewContent"] } ] } ] }""");

        var result = (await _site.ExecuteAsync(Query)).AssertOk();

        Assert.Single(result.Data!["publication"]![0]!["relatedProjects"]!["contentItems"]!.AsArray());
        Assert.NotNull(result.Data!["project"]);
    }

    [Fact]
    public async Task RoleChange_IsSeenByTheNextRequest_WithoutReadingTheRolesOnEveryRequest()
    {
        _ = (await _site.ExecuteAsync(Query)).AssertOk(); // warms the node's caches (roles, definitions, terms)
        var before = (await _site.ExecuteAsync(Query, countQueries: true)).AssertOk();
        await _site.RunRecipeJsonAsync("""{ "steps": [ { "name": "Roles", "Roles": [ { "Name": "Anonymous", "Permissions": ["ExecuteGraphQL", "View_Publication", "View_CooperationProject"] } ] } ] }""");
        var after = (await _site.ExecuteAsync(Query, countQueries: true)).AssertOk();
        var cached = (await _site.ExecuteAsync(Query, countQueries: true)).AssertOk();

        Assert.Null(before.Data!["project"]);
        // The first request after a save reads the Roles document (and its revision) again; the next one does not.
        Assert.True(cached.Sql.Count < after.Sql.Count, $"{cached.Sql.Count} queries after the roles were read, {after.Sql.Count} when they were");
        Assert.NotNull(after.Data!["project"]);
        Assert.NotNull(cached.Data!["project"]);
        Assert.Single(after.Data!["publication"]![0]!["relatedProjects"]!["contentItems"]!.AsArray());
    }

    [Fact]
    public async Task Translations_WithViewOwnContent_ShowOnlyTheCallersOwnTranslations()
    {
        await _site.RunRecipeJsonAsync("""
            { "steps": [ { "name": "content", "data": [
              { "ContentItemId": "4efusowntest0000000000001", "ContentItemVersionId": "4efusownver00000000000001", "ContentType": "Page",
                "DisplayText": "Ma page", "Latest": true, "Published": true, "Owner": "reader-1", "Author": "reader-1",
                "TitlePart": { "Title": "Ma page" }, "AutoroutePart": { "Path": "ma-page" },
                "LocalizationPart": { "LocalizationSet": "set-own-test", "Culture": "fr-FR" } },
              { "ContentItemId": "4efusowntest0000000000002", "ContentItemVersionId": "4efusownver00000000000002", "ContentType": "Page",
                "DisplayText": "Someone else's page", "Latest": true, "Published": true, "Owner": "someone-else", "Author": "someone-else",
                "TitlePart": { "Title": "Someone else's page" }, "AutoroutePart": { "Path": "someone-elses-page" },
                "LocalizationPart": { "LocalizationSet": "set-own-test", "Culture": "en-GB" } } ] } ] }
            """);
        const string query = """{ page(where: {localization: {localizationSet: "set-own-test"}}) { displayText owner localization { localizations { displayText } } } }""";

        var own = (await _site.ExecuteAsync(query, user: GraphQLTestSite.User("reader-1", "OwnReader"))).AssertOk();
        var partner = (await _site.ExecuteAsync(query, user: GraphQLTestSite.User("partner-1", "Partner"))).AssertOk();

        Assert.True(own.Data!["page"]!.AsArray().Count == 1, own.Json);
        var page = own.Data!["page"]![0]!;
        Assert.Equal(["Ma page"], Titles(page["localization"]!["localizations"]));
        Assert.Equal(2, partner.Data!["page"]!.AsArray().Count);
        Assert.All(partner.Data!["page"]!.AsArray(), p => Assert.Equal(2, p!["localization"]!["localizations"]!.AsArray().Count));
    }

    private static List<string> Titles(JsonNode? items) => [.. items!.AsArray().Select(i => i!["displayText"]!.GetValue<string>())];
}
