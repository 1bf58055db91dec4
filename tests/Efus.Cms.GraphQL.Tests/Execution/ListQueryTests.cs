using System.Text.Json.Nodes;
using Efus.Cms.Core.Management;
using Efus.Cms.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.GraphQL.Tests.Execution;

/// <summary>Ordering, paging, status and access, counts and the expansions of lists, on the setup recipe's content.</summary>
public sealed class ListQueryTests : IAsyncLifetime
{
    private GraphQLTestSite _site = null!;

    public async Task InitializeAsync() => _site = await GraphQLTestSite.WithSetupRecipeAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task OrderBy_SeveralKeys_SortInTheOrderWritten()
    {
        var byTitle = (await _site.ExecuteAsync("{ cooperationProject(orderBy: {latest: ASC, displayText: DESC}) { acronym } }")).AssertOk();
        Assert.Equal(["SURVEILLE", "PRoTECT", "Medi@4sec", null, "CCI"], byTitle.Values("cooperationProject", "acronym"));

        var reversed = (await _site.ExecuteAsync("{ cooperationProject(orderBy: {displayText: ASC, latest: DESC}) { acronym } }")).AssertOk();
        Assert.Equal(["CCI", null, "Medi@4sec", "PRoTECT", "SURVEILLE"], reversed.Values("cooperationProject", "acronym"));
    }

    [Fact]
    public async Task FirstAndSkip_PageInTheDatabase()
    {
        var page = (await _site.ExecuteAsync("{ cooperationProject(orderBy: {displayText: ASC}, first: 2, skip: 1) { acronym } }", countQueries: true)).AssertOk();
        Assert.Equal([null, "Medi@4sec"], page.Values("cooperationProject", "acronym"));
        Assert.Contains(page.Sql, sql => sql.Contains("LIMIT", StringComparison.Ordinal) && sql.Contains("OFFSET", StringComparison.Ordinal));
    }

    [Fact]
    public async Task First_AboveTheMaximum_IsAClearError()
    {
        var result = await _site.ExecuteAsync("{ cooperationProject(first: 100000) { displayText } }");
        Assert.Equal(400, result.StatusCode);
        Assert.Equal("PAGE_SIZE", result.FirstErrorCode);
        Assert.Contains("at most 1000", result.FirstErrorMessage, StringComparison.Ordinal);

        var negative = await _site.ExecuteAsync("{ cooperationProject(skip: -1) { displayText } }");
        Assert.Equal(400, negative.StatusCode);
    }

    [Fact]
    public async Task Count_MatchesTheFilter_WithOneCountQuery()
    {
        var result = (await _site.ExecuteAsync("{ cooperationProjectCount(where: {startYear_gte: 2016}) publicationCount }", countQueries: true)).AssertOk();
        Assert.Equal(3, result.Data!["cooperationProjectCount"]!.GetValue<int>());
        Assert.Equal(3, result.Data!["publicationCount"]!.GetValue<int>());
        Assert.Equal(2, result.Sql.Count(sql => sql.Contains("COUNT(*)", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("DRAFT")]
    [InlineData("LATEST")]
    [InlineData("ALL")]
    public async Task Status_OtherThanPublished_IsRefusedToAnonymousCallers(string status)
    {
        var result = await _site.ExecuteAsync($"{{ cooperationProject(status: {status}) {{ displayText }} }}");
        Assert.Equal(401, result.StatusCode);
        Assert.Equal("UNAUTHORIZED", result.FirstErrorCode);
    }

    [Fact]
    public async Task Status_WithADraft_ReturnsEachVersionSetForAnEditor()
    {
        await _site.InScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<IContentManager>();
            var published = await manager.GetAsync("4efus0proj0000000000000004");
            published!.DisplayText = "SURVEILLE (brouillon)";
            published.Parts["TitlePart"]!["Title"] = "SURVEILLE (brouillon)";
            return await manager.UpdateAsync(published);
        });

        var result = (await _site.ExecuteAsync("""
            { published: cooperationProjectCount
              draft: cooperationProjectCount(status: DRAFT)
              latest: cooperationProjectCount(status: LATEST)
              all: cooperationProjectCount(status: ALL)
              drafts: cooperationProject(status: DRAFT) { displayText published latest } }
            """, user: GraphQLTestSite.Editor)).AssertOk();
        Assert.Equal(5, result.Data!["published"]!.GetValue<int>());
        Assert.Equal(1, result.Data!["draft"]!.GetValue<int>());
        Assert.Equal(5, result.Data!["latest"]!.GetValue<int>());
        Assert.Equal(6, result.Data!["all"]!.GetValue<int>());
        Assert.Equal("SURVEILLE (brouillon)", result.Data!["drafts"]![0]!["displayText"]!.GetValue<string>());

        var anonymous = (await _site.ExecuteAsync("""{ cooperationProject(where: {displayText_contains: "brouillon"}) { displayText } }""")).AssertOk();
        Assert.Empty(anonymous.Values("cooperationProject", "displayText"));
    }

    [Fact]
    public async Task PickerExpansion_NeverReturnsAnUnpublishedItem()
    {
        await _site.InScopeAsync(s => s.GetRequiredService<IContentManager>().UnpublishAsync("4efus0pub00000000000000003"));

        var result = (await _site.ExecuteAsync("""
            { cooperationProject(where: {acronym_not_in: ["CCI", "SURVEILLE", "PRoTECT", "Medi@4sec"]}) { publications { contentItemIds contentItems { contentItemId } } } }
            """, user: GraphQLTestSite.Editor)).AssertOk();
        var publications = result.Data!["cooperationProject"]![0]!["publications"]!;
        Assert.Equal(2, publications["contentItemIds"]!.AsArray().Count);
        Assert.Equal("4efus0pub00000000000000002", Assert.Single(publications["contentItems"]!.AsArray())!["contentItemId"]!.GetValue<string>());
    }

    [Fact]
    public async Task CollapsedFields_TermsPickersBagAndMedia_Resolve()
    {
        var result = (await _site.ExecuteAsync("""
            { cooperationProject(where: {path: "projets/citoyens-villes-et-videosurveillance"}) {
                path startYear endYear coordinator efusRole
                themes { taxonomyContentItemId termContentItemIds termContentItems { contentItemId displayText } taxonomyContentItem { displayText } }
                publications { contentItems { contentType ... on Publication { publisher year } } } }
              conferenceReport { year sessions { contentItems { contentType displayText ... on ConferenceSession { summary { html } } } } }
              taxonomy { taxonomy { termContentType contentItems { displayText } } } }
            """)).AssertOk();
        var project = result.Data!["cooperationProject"]![0]!;
        Assert.Equal(2009m, project["startYear"]!.GetValue<decimal>());
        Assert.Equal("Coordinateur", project["efusRole"]!.GetValue<string>());
        Assert.Equal(["Vidéosurveillance", "Éthique et droits fondamentaux"],
            project["themes"]!["termContentItems"]!.AsArray().Select(t => t!["displayText"]!.GetValue<string>()));
        Assert.Equal("Thèmes", project["themes"]!["taxonomyContentItem"]!["displayText"]!.GetValue<string>());
        Assert.All(project["publications"]!["contentItems"]!.AsArray(), p => Assert.Equal("Efus", p!["publisher"]!.GetValue<string>()));

        var sessions = result.Data!["conferenceReport"]![0]!["sessions"]!["contentItems"]!.AsArray();
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.Equal("ConferenceSession", s!["contentType"]!.GetValue<string>()));
        Assert.NotEmpty(result.Data!["taxonomy"]![0]!["taxonomy"]!["contentItems"]!.AsArray());
        Assert.Contains("Vidéosurveillance", result.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentItem_ById_ReturnsThePublishedVersionThroughTheInterface()
    {
        var result = (await _site.ExecuteAsync("""
            { contentItem(contentItemId: "4efus0pub00000000000000002") { contentType displayText ... on Publication { subtitle relatedProjects { contentItemIds } } }
              missing: contentItem(contentItemId: "nope") { contentItemId } }
            """)).AssertOk();
        Assert.Equal("Publication", result.Data!["contentItem"]!["contentType"]!.GetValue<string>());
        Assert.Equal("Vers une utilisation démocratique et responsable de la vidéosurveillance", result.Data!["contentItem"]!["subtitle"]!.GetValue<string>());
        Assert.Null(result.Data!["missing"]);
    }

    [Fact]
    public async Task Expansions_AreBatched_SoQueriesDoNotGrowWithItems()
    {
        const string query = """
            { cooperationProject(first: FIRST) { displayText
                themes { termContentItems { displayText } }
                publications { contentItems { displayText ... on Publication { relatedProjects { contentItems { displayText } } themes { termContentItems { displayText } } } } }
                localization { localizations(culture: "fr-FR") { displayText } } } }
            """;
        var one = (await _site.ExecuteAsync(query.Replace("FIRST", "1", StringComparison.Ordinal), countQueries: true)).AssertOk();
        var all = (await _site.ExecuteAsync(query.Replace("FIRST", "100", StringComparison.Ordinal), countQueries: true)).AssertOk();

        Assert.Equal(5, all.Data!["cooperationProject"]!.AsArray().Count);
        // The definitions, the list, then one query per level of expansion (items by id, translations), whatever
        // the number of items; the Roles document comes from the copy kept per node (DocumentCache).
        Assert.True(all.Sql.Count <= 5, $"{all.Sql.Count} queries:\n{string.Join("\n---\n", all.Sql)}");
        Assert.True(all.Sql.Count <= one.Sql.Count + 1, $"{one.Sql.Count} queries for one item, {all.Sql.Count} for five");
    }

    [Fact]
    public async Task Schema_IsRebuilt_WhenDefinitionsChange()
    {
        var before = await _site.ExecuteAsync("{ event { displayText } }");
        Assert.Equal(400, before.StatusCode);

        await _site.RunRecipeJsonAsync("""
            { "name": "event", "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Event", "DisplayName": "Événement", "Settings": {},
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Event", "Name": "Event" } ] } ],
              "ContentParts": [ { "Name": "Event", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "City" } ] } ] } ] }
            """);

        var after = (await _site.ExecuteAsync("""{ event(where: {city: "Paris"}) { displayText city } eventCount }""")).AssertOk();
        Assert.Equal(0, after.Data!["eventCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Schema_TypeNamedLikeARootField_KeepsTheRootFieldAndItsObjectType()
    {
        await _site.RunRecipeJsonAsync("""
            { "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Search", "DisplayName": "Recherche", "Settings": {},
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] } ] }
            """);

        var result = (await _site.ExecuteAsync("""{ __type(name: "Search") { name } page(first: 1) { displayText } }""")).AssertOk();

        Assert.Equal("Search", result.Data!["__type"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Response_KeepsAccentsReadable()
    {
        var result = (await _site.ExecuteAsync("""{ page(where: {path: "technologie-et-securite-urbaine"}) { displayText } }""")).AssertOk();
        Assert.Contains("Technologie et sécurité urbaine", result.Json, StringComparison.Ordinal);
        Assert.IsType<JsonArray>(result.Data!["page"]);
    }
}
