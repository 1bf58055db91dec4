using System.Text.Json.Nodes;

namespace Efus.Cms.Search.Lucene.IntegrationTests;

/// <summary>
/// French queries against the site seeded by the setup recipe. These tests only read, so they share
/// one site (its own data folder, deleted afterwards).
/// </summary>
public sealed class FrenchSearchTests(SeededSiteFixture fixture) : IClassFixture<SeededSiteFixture>
{
    private const string Home = "4efus0page0000000000000001";
    private const string CitizensPublication = "4efus0pub00000000000000002";
    private const string Charter = "4efus0pub00000000000000003";
    private const string Conference = "4efus0conf0000000000000001";
    private const string Protect = "4efus0proj0000000000000001";
    private const string CctvProject = "4efus0proj0000000000000005";

    [Theory]
    [InlineData("vidéosurveillance")]
    [InlineData("video surveillance")]
    [InlineData("vidéo-surveillance")]
    [InlineData("VIDEOSURVEILLANCE")]
    public async Task Search_Videosurveillance_FindsThePublicationsAndThe2009Project(string query)
    {
        var ids = SearchSite.HitIds(await fixture.Site.SearchAsync("q=" + Uri.EscapeDataString(query)));

        Assert.Contains(CitizensPublication, ids);
        Assert.Contains(Charter, ids);
        Assert.Contains(CctvProject, ids);
    }

    [Theory]
    [InlineData("l'IA")]
    [InlineData("l’IA")]
    [InlineData("IA")]
    public async Task Search_IA_FindsTheHomePageAndTheConferenceReport(string query)
    {
        var ids = SearchSite.HitIds(await fixture.Site.SearchAsync("q=" + Uri.EscapeDataString(query)));

        Assert.Contains(Home, ids);
        Assert.Contains(Conference, ids);
    }

    [Fact]
    public async Task Search_Terrorisme_FindsProtect()
    {
        var result = await fixture.Site.SearchAsync("q=terrorisme");

        Assert.Equal(Protect, SearchSite.HitIds(result)[0]);
        Assert.Contains("<mark>terrorisme</mark>", Highlights(result, 0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Cybercrime_FindsTheConferenceReportThroughItsSessionTitle()
    {
        var result = await fixture.Site.SearchAsync("q=cybercrime");

        Assert.Equal([Conference], SearchSite.HitIds(result));
        Assert.Contains("<mark>cybercrime</mark>", Highlights(result, 0), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("villes")]
    [InlineData("ville")]
    public async Task Search_VilleOrVilles_FindsBothFormsHighlighted(string query)
    {
        var result = await fixture.Site.SearchAsync("q=" + query);
        var ids = SearchSite.HitIds(result);

        Assert.Contains(CitizensPublication, ids);
        Assert.Contains(Home, ids);
        Assert.Contains(Conference, ids);
        Assert.Contains("<mark>", Highlights(result, 0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Hits_CarryTypeTitleAndPath()
    {
        var result = await fixture.Site.SearchAsync("q=terrorisme");
        var hit = result["hits"]![0]!;

        Assert.Equal("CooperationProject", hit["contentType"]!.GetValue<string>());
        Assert.StartsWith("PRoTECT", hit["displayText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("projets/protect", hit["path"]!.GetValue<string>());
        Assert.True(hit["score"]!.GetValue<double>() > 0);
    }

    [Fact]
    public async Task Search_Facets_AreLabelledAndFilteredByTheOtherDimensions()
    {
        var result = await fixture.Site.SearchAsync("q=vidéosurveillance&type=Publication");
        var types = result["facets"]!["type"]!.AsArray();
        var themes = result["facets"]!["theme"]!.AsArray();

        Assert.Equal(2, result["total"]!.GetValue<int>());
        Assert.Contains(types, t => t!["value"]!.GetValue<string>() == "CooperationProject" && t["label"]!.GetValue<string>() == "Projet de coopération européen" && t["count"]!.GetValue<int>() == 1);
        Assert.Contains(themes, t => t!["label"]!.GetValue<string>() == "Vidéosurveillance" && t["count"]!.GetValue<int>() == 2);
    }

    [Fact]
    public async Task Search_YearFilter_CoversTheProjectSpan()
    {
        var result = await fixture.Site.SearchAsync("q=vidéosurveillance&year=2009");

        Assert.Equal([CctvProject], SearchSite.HitIds(result));
    }

    private static string Highlights(JsonObject result, int hit) =>
        string.Join(" … ", result["hits"]![hit]!["highlights"]!.AsArray().Select(h => h!.GetValue<string>()));
}

public sealed class SeededSiteFixture : IDisposable
{
    public SearchSite Site { get; } = new();

    public SeededSiteFixture() => Site.CreateClient();

    public void Dispose() => Site.Dispose();
}
