using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Efus.Cms.Web.IntegrationTests.PublicSite;

public sealed partial class SeoAndCachingTests
{
    [Fact]
    public async Task Sitemap_ListsHomeListingsThemesAndEveryPublishedItem()
    {
        using var site = new EfusSite();

        var response = await site.CreateClient().GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = xml.Descendants(sm + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        foreach (var path in new[] { "/", "/fiches-de-pratique", "/projets", "/publications", "/conferences", "/themes", "/themes/videosurveillance",
            "/projets/protect", "/publications/citoyens-villes-et-videosurveillance", "/conferences/securite-democratie-et-villes-2024", "/technologie-et-securite-urbaine" })
        {
            Assert.Contains(path, locations);
        }

        Assert.Equal(locations.Count, locations.Distinct().Count());
    }

    [Fact]
    public async Task Robots_PointsToTheSitemapAndKeepsCrawlersOutOfAdmin()
    {
        using var site = new EfusSite();

        var text = await site.CreateClient().GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Disallow: /admin", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_IsAtomWithNewPublicationsAndPracticeSheets()
    {
        using var site = new EfusSite();
        await SiteContent.PracticeSheetAsync(site);

        var response = await site.CreateClient().GetAsync(new Uri("/feed.xml", UriKind.Relative));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = xml.Root!.Elements(atom + "entry").ToList();

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(4, entries.Count);
        Assert.Equal("Médiateurs numériques à Lyon", entries[0].Element(atom + "title")!.Value);
        Assert.All(entries, e => Assert.StartsWith("http://localhost/", e.Element(atom + "id")!.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Element(atom + "title")!.Value.Contains("Projet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/publications/citoyens-villes-et-videosurveillance", "Report")]
    [InlineData("/projets/citoyens-villes-et-videosurveillance", "ResearchProject")]
    [InlineData("/conferences/securite-democratie-et-villes-2024", "Event")]
    [InlineData("/", "WebSite")]
    public async Task JsonLd_ParsesAsSchemaOrgOfTheRightType(string path, string type)
    {
        using var site = new EfusSite();

        var html = await site.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative));
        var data = JsonNode.Parse(JsonLdOf(html))!.AsObject();

        Assert.Equal("https://schema.org", data["@context"]!.GetValue<string>());
        Assert.Equal(type, data["@type"]!.GetValue<string>());
        if (type == "Event")
        {
            var sessions = data["subEvent"]!.AsArray();
            Assert.Equal(2, sessions.Count);
            Assert.Equal("Technologies et IA : opportunités et menaces", sessions[1]!["name"]!.GetValue<string>());
        }

        if (type == "ResearchProject")
        {
            Assert.Equal("2009", data["foundingDate"]!.GetValue<string>());
            Assert.Equal(2, data["subjectOf"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task JsonLd_TitleWithClosingScript_CannotLeaveTheDataBlock()
    {
        using var site = new EfusSite();
        await SiteContent.CreateAsync(site, "Publication", "Rapport </script><script>alert(1)</script>", parts =>
            parts["AutoroutePart"] = new JsonObject { ["Path"] = "publications/rapport-piege" });

        var html = await site.CreateClient().GetStringAsync(new Uri("/publications/rapport-piege", UriKind.Relative));
        var json = JsonLdOf(html);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Rapport </script><script>alert(1)</script>", JsonNode.Parse(json)!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/projets")]
    [InlineData("/nulle-part")]
    [InlineData("/api/content/4efus0proj0000000000000001")]
    [InlineData("/health")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var site = new EfusSite();

        var response = await site.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Page_WithItsETag_Is304()
    {
        using var site = new EfusSite();
        var client = site.CreateClient();

        var first = await client.GetAsync(new Uri("/projets", UriKind.Relative));
        var etag = first.Headers.ETag;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/projets", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag!);
        var second = await client.SendAsync(request);

        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Page_SecondRequest_IsServedFromTheOutputCache()
    {
        using var site = new EfusSite();
        var client = site.CreateClient();

        var first = await client.GetAsync(new Uri("/projets", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/projets", UriKind.Relative));

        Assert.False(first.Headers.Age is not null);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/projets/cci-cutting-crime-impact")]
    [InlineData("/projets")]
    [InlineData("/")]
    [InlineData("/themes/petite-delinquance")]
    public async Task PublishedEdit_ShowsOnTheNextRequestOfEveryCachedPageThatShowedTheItem(string path)
    {
        using var site = new EfusSite();
        var client = PublicPagesTests.French(site);
        Assert.Contains("CCI – Cutting Crime Impact", await client.GetStringAsync(new Uri(path, UriKind.Relative)), StringComparison.Ordinal);
        Assert.NotNull((await client.GetAsync(new Uri(path, UriKind.Relative))).Headers.Age);

        await SiteContent.EditAsync(site, "4efus0proj0000000000000002", item =>
        {
            item.DisplayText = "CCI – édition revue";
            item.Parts["TitlePart"] = new JsonObject { ["Title"] = "CCI – édition revue" };
        });
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("CCI – édition revue", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelatedPublication_PublishedLater_AppearsOnTheCachedProjectPage()
    {
        using var site = new EfusSite();
        var client = PublicPagesTests.French(site);
        Assert.DoesNotContain("Publications liées", await client.GetStringAsync(new Uri("/projets/protect", UriKind.Relative)), StringComparison.Ordinal);

        await SiteContent.CreateAsync(site, "Publication", "Guide PRoTECT", parts =>
        {
            parts["AutoroutePart"] = new JsonObject { ["Path"] = "publications/guide-protect" };
            parts["Publication"] = new JsonObject { ["RelatedProjects"] = new JsonObject { ["ContentItemIds"] = new JsonArray("4efus0proj0000000000000001") } };
        });
        var html = await client.GetStringAsync(new Uri("/projets/protect", UriKind.Relative));

        Assert.Contains("href=\"/publications/guide-protect\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_WithTheirHash_AreImmutableForAYear()
    {
        using var site = new EfusSite();
        var client = site.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var css = AssetPattern().Match(html).Groups[1].Value;

        var response = await client.GetAsync(new Uri(css, UriKind.Relative));
        var stale = await client.GetAsync(new Uri("/assets/site.css?v=old", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.True(stale.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task Page_AcceptingGzip_IsCompressed()
    {
        using var site = new EfusSite();
        var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await client.SendAsync(request);

        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }

    internal static string JsonLdOf(string html)
    {
        var match = JsonLdPattern().Match(html);
        Assert.True(match.Success, "no JSON-LD block");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();

    [GeneratedRegex("href=\"(/assets/site\\.css\\?v=[0-9a-f]+)\"")]
    private static partial Regex AssetPattern();
}
