using Efus.Cms.GraphQL.Tests.Infrastructure;

namespace Efus.Cms.GraphQL.Tests.Execution;

/// <summary>
/// Every family of <c>where</c> operators against the real store of each provider (the same assertions
/// on SQLite and PostgreSQL: <see cref="SqliteWhereOperatorTests"/>, <see cref="PostgreSqlWhereOperatorTests"/>), on the setup recipe's five
/// cooperation projects (PRoTECT 2018, CCI 2018, Medi@4sec 2016, SURVEILLE 2012, Citoyens, Villes et
/// Vidéosurveillance 2009).
/// </summary>
public abstract class WhereOperatorContractTests : IAsyncLifetime
{
    private GraphQLTestSite _site = null!;

    protected abstract bool PostgreSql { get; }

    public async Task InitializeAsync() => _site = await GraphQLTestSite.WithSetupRecipeAsync(postgreSql: PostgreSql);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private async Task<List<string?>> ProjectsAsync(string where)
    {
        var result = (await _site.ExecuteAsync($$"""{ cooperationProject(where: {{where}}, orderBy: {displayText: ASC}) { acronym displayText } }""")).AssertOk();
        return result.Values("cooperationProject", "displayText");
    }

    private const string Cvv = "Citoyens, Villes et Vidéosurveillance";
    private const string Cci = "CCI – Cutting Crime Impact";
    private const string Medi = "Medi@4sec";
    private const string Protect = "PRoTECT – Résilience publique en utilisant la technologie pour contrer le terrorisme";
    private const string Surveille = "SURVEILLE";

    [Fact]
    public async Task DisplayText_StringOperators_FilterInTheDatabase()
    {
        Assert.Equal([Surveille], await ProjectsAsync("""{displayText: "SURVEILLE"}"""));
        Assert.Equal([Cci, Cvv, Medi, Protect], await ProjectsAsync("""{displayText_not: "SURVEILLE"}"""));
        Assert.Equal([Medi, Surveille], await ProjectsAsync("""{displayText_in: ["SURVEILLE", "Medi@4sec"]}"""));
        Assert.Equal([Cci, Cvv, Protect], await ProjectsAsync("""{displayText_not_in: ["SURVEILLE", "Medi@4sec"]}"""));
        // contains/starts/ends on displayText ignore case and accents, as the admin search does.
        Assert.Equal([Cvv], await ProjectsAsync("""{displayText_contains: "VIDEO"}"""));
        Assert.Equal([Cci, Medi, Protect, Surveille], await ProjectsAsync("""{displayText_not_contains: "vidéo"}"""));
        Assert.Equal([Cci, Cvv], await ProjectsAsync("""{displayText_starts_with: "c"}"""));
        Assert.Equal([Medi, Protect, Surveille], await ProjectsAsync("""{displayText_not_starts_with: "c"}"""));
        Assert.Equal([Cci], await ProjectsAsync("""{displayText_ends_with: "impact"}"""));
        Assert.Equal([Cvv, Medi, Protect, Surveille], await ProjectsAsync("""{displayText_not_ends_with: "impact"}"""));
    }

    [Fact]
    public async Task TextField_StringOperators_AreExactAndNegationsIncludeEmptyValues()
    {
        Assert.Equal([Cci], await ProjectsAsync("""{acronym: "CCI"}"""));
        // The project without an acronym matches the negation.
        Assert.Equal([Cvv, Medi, Protect, Surveille], await ProjectsAsync("""{acronym_not: "CCI"}"""));
        Assert.Equal([Cci, Surveille], await ProjectsAsync("""{acronym_in: ["CCI", "SURVEILLE"]}"""));
        Assert.Equal([Cvv, Medi, Protect], await ProjectsAsync("""{acronym_not_in: ["CCI", "SURVEILLE"]}"""));
        Assert.Equal([Medi], await ProjectsAsync("""{acronym_contains: "4sec"}"""));
        Assert.Empty(await ProjectsAsync("""{acronym_contains: "cci"}"""));
        Assert.Equal([Cci, Cvv, Protect, Surveille], await ProjectsAsync("""{acronym_not_contains: "4sec"}"""));
        Assert.Equal([Surveille], await ProjectsAsync("""{acronym_starts_with: "SURV"}"""));
        Assert.Equal([Cci, Cvv, Medi, Protect], await ProjectsAsync("""{acronym_not_starts_with: "SURV"}"""));
        Assert.Equal([Protect], await ProjectsAsync("""{acronym_ends_with: "ECT"}"""));
        Assert.Equal([Cci, Cvv, Medi, Surveille], await ProjectsAsync("""{acronym_not_ends_with: "ECT"}"""));
    }

    [Fact]
    public async Task NumericField_ComparisonOperators_FilterOnTheFieldIndex()
    {
        Assert.Equal([Cci, Protect], await ProjectsAsync("{startYear: 2018}"));
        Assert.Equal([Cvv, Medi, Surveille], await ProjectsAsync("{startYear_not: 2018}"));
        Assert.Equal([Cvv, Surveille], await ProjectsAsync("{startYear_in: [2009, 2012]}"));
        Assert.Equal([Cci, Medi, Protect], await ProjectsAsync("{startYear_not_in: [2009, 2012]}"));
        Assert.Equal([Cci, Protect], await ProjectsAsync("{startYear_gt: 2016}"));
        Assert.Equal([Cci, Medi, Protect], await ProjectsAsync("{startYear_gte: 2016}"));
        Assert.Equal([Cvv], await ProjectsAsync("{startYear_lt: 2012}"));
        Assert.Equal([Cvv, Surveille], await ProjectsAsync("{startYear_lte: 2012.0}"));
    }

    [Fact]
    public async Task DateColumns_ComparisonOperators_Filter()
    {
        Assert.Equal(5, (await ProjectsAsync("""{createdUtc_gt: "2000-01-01T00:00:00Z"}""")).Count);
        Assert.Empty(await ProjectsAsync("""{createdUtc_lt: "2000-01-01T00:00:00Z"}"""));
        Assert.Equal(5, (await ProjectsAsync("""{publishedUtc_gte: "2000-01-01T00:00:00Z", modifiedUtc_lte: "2999-01-01T00:00:00Z"}""")).Count);
    }

    [Fact]
    public async Task PathAndLocalization_Filter()
    {
        Assert.Equal([Surveille], await ProjectsAsync("""{path: "projets/surveille"}"""));
        Assert.Equal([Cci, Cvv], await ProjectsAsync("""{path_starts_with: "projets/c"}"""));
        Assert.Equal(5, (await ProjectsAsync("""{localization: {culture: "fr-FR"}}""")).Count);
        Assert.Empty(await ProjectsAsync("""{localization: {culture: "en-US"}}"""));
        Assert.Equal([Surveille], await ProjectsAsync("""{localization: {localizationSet: "4efuslproj0000000000000004"}}"""));
    }

    [Fact]
    public async Task TaxonomyAndPickerFields_ReferenceOperators_Filter()
    {
        Assert.Equal([Cvv, Surveille], await ProjectsAsync("""{themes: {termContentItemIds_contains: "4efus0term0000000000000002"}}"""));
        Assert.Equal([Cci, Medi, Protect], await ProjectsAsync("""{themes: {termContentItemIds_not_contains: "4efus0term0000000000000002"}}"""));
        Assert.Equal([Cci, Protect], await ProjectsAsync(
            """{themes: {termContentItemIds_contains_any: ["4efus0term0000000000000012", "4efus0term0000000000000013"]}}"""));
        Assert.Equal([Cvv], await ProjectsAsync("""{publications: {contentItemIds_contains: "4efus0pub00000000000000002"}}"""));
        Assert.Equal([Cci, Medi, Protect, Surveille], await ProjectsAsync("{publications: {contentItemIds_empty: true}}"));
        Assert.Equal([Cvv], await ProjectsAsync("{publications: {contentItemIds_empty: false}}"));

        var publications = (await _site.ExecuteAsync("""
            { publication(where: {relatedProjects: {contentItemIds_contains: "4efus0proj0000000000000005"}}, orderBy: {displayText: ASC}) { displayText } }
            """)).AssertOk().Values("publication", "displayText");
        Assert.Equal(["Charte pour une utilisation démocratique de la vidéosurveillance", "Citoyens, villes et vidéosurveillance"], publications);
    }

    [Fact]
    public async Task AndOrNot_Nest()
    {
        Assert.Equal([Cci, Cvv], await ProjectsAsync("""{OR: [{acronym: "CCI"}, {startYear_lt: 2010}]}"""));
        Assert.Equal([Medi, Protect, Surveille], await ProjectsAsync("""{AND: [{startYear_gte: 2012}, {NOT: [{acronym: "CCI"}]}]}"""));
        Assert.Equal([Medi, Surveille], await ProjectsAsync("""{NOT: {OR: [{startYear: 2018}, {startYear_lt: 2010}]}}"""));
        // Keys of one object combine with AND; AND, OR and NOT accept a single object as a list of one.
        Assert.Equal([Protect], await ProjectsAsync("""{startYear: 2018, AND: {OR: [{acronym_ends_with: "ECT"}, {acronym: "nothing"}]}}"""));
        Assert.Empty(await ProjectsAsync("""{AND: [{startYear: 2018}, {startYear: 2009}]}"""));
    }

    [Fact]
    public async Task Where_FromVariables_IsTranslatedAsALiteral()
    {
        var result = (await _site.ExecuteAsync(
            "query($w: CooperationProjectWhereInput) { cooperationProject(where: $w, orderBy: {displayText: ASC}) { displayText } }",
            """{"w": {"OR": [{"acronym": "CCI"}, {"startYear_lt": 2010}]}}""")).AssertOk();
        Assert.Equal([Cci, Cvv], result.Values("cooperationProject", "displayText"));
    }
}
