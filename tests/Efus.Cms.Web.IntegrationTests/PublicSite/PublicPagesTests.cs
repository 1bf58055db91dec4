using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Efus.Cms.Web.IntegrationTests.PublicSite;

public sealed partial class PublicPagesTests
{
    [Fact]
    public async Task Home_AfterSetup_ShowsIntroductionLatestItemsAndNavigation()
    {
        using var site = new EfusSite();

        var html = await French(site).GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<h1 id=\"intro-title\">Technologie et sécurité urbaine</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/projets/cci-cutting-crime-impact\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/publications/citoyens-villes-et-videosurveillance\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/conferences/securite-democratie-et-villes-2024\"", html, StringComparison.Ordinal);
        foreach (var (text, url) in new[] { ("Accueil", "/"), ("Fiches de pratique", "/fiches-de-pratique"), ("Projets", "/projets"), ("Publications", "/publications"), ("Conférences", "/conferences"), ("Recherche", "/search") })
        {
            Assert.Matches($"<a href=\"{Regex.Escape(url)}\"[^>]*>{Regex.Escape(text)}</a>", html);
        }

        Assert.Contains("class=\"skip-link\" href=\"#contenu\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/projets", "Projets", 5)]
    [InlineData("/publications", "Publications", 3)]
    [InlineData("/conferences", "Conférences", 1)]
    [InlineData("/fiches-de-pratique", "Fiches de pratique", 0)]
    public async Task Listing_OfEachType_ShowsItsPublishedItems(string path, string title, int count)
    {
        using var site = new EfusSite();

        var html = await French(site).GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Equal(count, CardCount(html));
    }

    [Fact]
    public async Task PracticeSheetListing_UsesTheSeededPageAsItsIntroduction()
    {
        using var site = new EfusSite();

        var html = await French(site).GetStringAsync(new Uri("/fiches-de-pratique", UriKind.Relative));

        Assert.Contains("Découvrez les actions mises en place dans des collectivités de toute l’Europe", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:contact@efus.eu\">contact@efus.eu</a>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"city\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectListing_FilteredByYear_KeepsProjectsRunningThatYear()
    {
        using var site = new EfusSite();

        var html = await French(site).GetStringAsync(new Uri("/projets?year=2013", UriKind.Relative));

        Assert.Equal(1, CardCount(html));
        Assert.Contains("href=\"/projets/surveille\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicationListing_FilteredByTheme_KeepsTaggedPublicationsAndSelectsTheTheme()
    {
        using var site = new EfusSite();

        var html = await French(site).GetStringAsync(new Uri("/publications?theme=videosurveillance", UriKind.Relative));

        Assert.Equal(2, CardCount(html));
        Assert.DoesNotContain("recommandations-du-manifeste", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"videosurveillance\" selected>Vidéosurveillance</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PracticeSheetListing_FilteredByCityCountryAndYear_MatchesInTheDatabase()
    {
        using var site = new EfusSite();
        await SiteContent.PracticeSheetAsync(site);
        await SiteContent.PracticeSheetAsync(site, "Prévention à Liège", "Liège", "Belgique", 2021);
        var client = French(site);

        Assert.Equal(2, CardCount(await client.GetStringAsync(new Uri("/fiches-de-pratique", UriKind.Relative))));
        Assert.Equal(1, CardCount(await client.GetStringAsync(new Uri("/fiches-de-pratique?city=lyon", UriKind.Relative))));
        Assert.Equal(1, CardCount(await client.GetStringAsync(new Uri("/fiches-de-pratique?country=Belgique&year=2021", UriKind.Relative))));
        Assert.Equal(0, CardCount(await client.GetStringAsync(new Uri("/fiches-de-pratique?country=Belgique&year=2022", UriKind.Relative))));
        Assert.Equal(0, CardCount(await client.GetStringAsync(new Uri("/fiches-de-pratique?theme=inconnu", UriKind.Relative))));
    }

    [Fact]
    public async Task PracticeSheetListing_OffersTheCountriesAndCitiesItsItemsName()
    {
        using var site = new EfusSite();
        await SiteContent.PracticeSheetAsync(site);
        await SiteContent.PracticeSheetAsync(site, "Prévention à Liège", "Liège", "Belgique", 2021);
        await SiteContent.PracticeSheetAsync(site, "Médiation à Lyon", "Lyon", "France", 2022);
        var client = French(site);

        var html = await client.GetStringAsync(new Uri("/fiches-de-pratique?country=belgique", UriKind.Relative));

        Assert.Contains("<select id=\"filter-country\" name=\"country\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Belgique\" selected>Belgique</option>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<option value=\"France\""));
        Assert.Contains("<select id=\"filter-city\" name=\"city\">", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("value=\"Liège\"", StringComparison.Ordinal) < html.IndexOf("value=\"Lyon\"", StringComparison.Ordinal), "cities in French order");
        Assert.Equal(1, CardCount(html));

        // The lists are kept across requests until content changes: a city published now is offered at once.
        await SiteContent.PracticeSheetAsync(site, "Vidéoprotection à Gand", "Gand", "Belgique", 2023);
        var after = await client.GetStringAsync(new Uri("/fiches-de-pratique?country=belgique", UriKind.Relative));
        Assert.Contains("<option value=\"Gand\">Gand</option>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_MoreItemsThanAPage_PagesWithLinksThatKeepTheFilters()
    {
        using var site = new EfusSite();
        for (var i = 1; i <= 12; i++)
        {
            await SiteContent.PracticeSheetAsync(site, $"Fiche numéro {i:00}", "Lyon", "France", 2020);
        }

        var client = French(site);
        var first = await client.GetStringAsync(new Uri("/fiches-de-pratique?country=France", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/fiches-de-pratique?country=France&page=2", UriKind.Relative));

        Assert.Equal(10, CardCount(first));
        Assert.Equal(2, CardCount(second));
        Assert.Contains("href=\"/fiches-de-pratique?country=France&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("12 résultats", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectDetail_ShowsPeriodCoordinatorRoleAndRelatedPublications()
    {
        using var site = new EfusSite();

        var html = await French(site).GetStringAsync(new Uri("/projets/citoyens-villes-et-videosurveillance", UriKind.Relative));

        Assert.Contains("<dt>Période</dt><dd>2009–2010</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Coordinateur</dt><dd>Efus</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Rôle de l’Efus</dt><dd>Coordinateur</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Publications liées", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/publications/charte-pour-une-utilisation-democratique-de-la-videosurveillance\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicationDetail_ShowsKindYearRelatedProjectAndDocumentDownload()
    {
        using var site = new EfusSite();
        var publication = await SiteContent.CreateAsync(site, "Publication", "Guide de la médiation", parts =>
        {
            parts["AutoroutePart"] = new JsonObject { ["Path"] = "publications/guide-de-la-mediation" };
            parts["Publication"] = new JsonObject
            {
                ["Kind"] = new JsonObject { ["Text"] = "Guide" },
                ["Year"] = new JsonObject { ["Value"] = 2023m },
                ["Document"] = new JsonObject { ["Paths"] = new JsonArray("publications/guide mediation.pdf") },
                ["RelatedProjects"] = new JsonObject { ["ContentItemIds"] = new JsonArray("4efus0proj0000000000000001") },
            };
        });

        var html = await French(site).GetStringAsync(new Uri("/publications/guide-de-la-mediation", UriKind.Relative));

        Assert.Contains("<dt>Type de publication</dt><dd>Guide</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Année</dt><dd>2023</dd>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/media/publications/guide%20mediation.pdf\" download", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/projets/protect\"", html, StringComparison.Ordinal);
        Assert.NotNull(publication);
    }

    [Fact]
    public async Task ConferenceDetail_ShowsItsSessions()
    {
        using var site = new EfusSite();

        var html = await French(site).GetStringAsync(new Uri("/conferences/securite-democratie-et-villes-2024", UriKind.Relative));

        Assert.Contains("<h2 id=\"sessions-title\">Sessions</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Comment les villes combattent le cybercrime et quels sont leurs rôles</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Technologies et IA : opportunités et menaces</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PracticeSheetDetail_ShowsFiveSectionsWithTableOfContentsAndPrintStylesheet()
    {
        using var site = new EfusSite();
        await SiteContent.PracticeSheetAsync(site);

        var html = await French(site).GetStringAsync(new Uri("/fiches-de-pratique/mediateurs-numeriques-a-lyon", UriKind.Relative));

        var anchors = new[] { ("contexte", "Contexte"), ("objectifs", "Objectifs"), ("activites", "Activités"), ("budget", "Budget"), ("evaluation", "Évaluation") };
        var position = 0;
        foreach (var (anchor, heading) in anchors)
        {
            Assert.Contains($"<li><a href=\"#{anchor}\">{heading}</a></li>", html, StringComparison.Ordinal);
            var at = html.IndexOf($"<h2 id=\"{anchor}\">{heading}</h2>", StringComparison.Ordinal);
            Assert.True(at > position, $"section {anchor} is missing or out of order");
            position = at;
        }

        Assert.Matches("<link rel=\"stylesheet\" href=\"/assets/print.css\\?v=[0-9a-f]{16}\" media=\"print\">", html);
    }

    [Fact]
    public async Task ThemePage_ListsEverythingTaggedWithTheTerm()
    {
        using var site = new EfusSite();
        await SiteContent.PracticeSheetAsync(site);

        var html = await French(site).GetStringAsync(new Uri("/themes/videosurveillance", UriKind.Relative));

        Assert.Contains("<h1>Vidéosurveillance</h1>", html, StringComparison.Ordinal);
        Assert.Equal(4, CardCount(html)); // two publications, one project, one practice sheet
        var index = await French(site).GetStringAsync(new Uri("/themes", UriKind.Relative));
        Assert.Contains("href=\"/themes/intelligence-artificielle\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTheme_Is404()
    {
        using var site = new EfusSite();

        var response = await French(site).GetAsync(new Uri("/themes/inconnu", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task NotFound_IsAFrenchPageWithSearchBoxAndLinks()
    {
        using var site = new EfusSite();

        var response = await French(site).GetAsync(new Uri("/nulle-part", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("<h1>Page introuvable</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"search-form large\" role=\"search\" action=\"/search\" method=\"get\">", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/projets\">Projets</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByTitleWord_FindsTheItems()
    {
        using var site = new EfusSite();

        var html = await French(site).GetStringAsync(new Uri("/search?q=videosurveillance", UriKind.Relative));

        Assert.Contains("href=\"/publications/citoyens-villes-et-videosurveillance\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/projets/citoyens-villes-et-videosurveillance\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptInATitle_IsEncodedOnEveryPageThatShowsIt()
    {
        using var site = new EfusSite();
        const string title = "<script>alert(1)</script> Lyon";
        await SiteContent.PracticeSheetAsync(site, title);
        var client = French(site);

        foreach (var path in new[] { "/", "/fiches-de-pratique", "/themes/videosurveillance", "/fiches-de-pratique/" + Core.Content.Slug.From(title) })
        {
            var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Lyon", html, StringComparison.Ordinal);
        }
    }

    internal static HttpClient French(EfusSite site)
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        return client;
    }

    internal static int CardCount(string html) => CardPattern().Count(html);

    [GeneratedRegex("<article class=\"card\"")]
    private static partial Regex CardPattern();
}
