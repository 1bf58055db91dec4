using System.Net;
using System.Text.Json.Nodes;

namespace Efus.Cms.Web.IntegrationTests.PublicSite;

public sealed class LanguageTests
{
    [Fact]
    public async Task NoPreference_PageIsFrench()
    {
        using var site = new EfusSite();

        var html = await site.CreateClient().GetStringAsync(new Uri("/projets", UriKind.Relative));

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Appliquer les filtres", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureQuery_SwitchesInterfaceToEnglishAndIsRemembered()
    {
        using var site = new EfusSite();
        var client = site.CreateClient();

        var switched = await client.GetAsync(new Uri("/projets?culture=en", UriKind.Relative));
        var html = await switched.Content.ReadAsStringAsync();
        var cookie = switched.Headers.GetValues("Set-Cookie").Single();
        using var next = new HttpRequestMessage(HttpMethod.Get, new Uri("/publications", UriKind.Relative));
        next.Headers.Add("Cookie", cookie.Split(';')[0]);
        var remembered = await (await client.SendAsync(next)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Apply filters", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Home</a>", html, StringComparison.Ordinal);
        Assert.StartsWith("efus-culture=en-US", cookie, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", remembered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptLanguage_English_IsHonouredAndCachedSeparately()
    {
        using var site = new EfusSite();
        var english = site.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var french = PublicPagesTests.French(site);

        var en = await english.GetStringAsync(new Uri("/", UriKind.Relative));
        var fr = await french.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", fr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translation_ShownInListingsForEnglishVisitors_AndLinkedWithHreflang()
    {
        using var site = new EfusSite();
        await SiteContent.CreateAsync(site, "CooperationProject", "SURVEILLE (English)", parts =>
        {
            parts["AutoroutePart"] = new JsonObject { ["Path"] = "en/projects/surveille" };
            parts["LocalizationPart"] = new JsonObject { ["LocalizationSet"] = "4efuslproj0000000000000004", ["Culture"] = "en-US" };
            parts["CooperationProject"] = new JsonObject { ["StartYear"] = new JsonObject { ["Value"] = 2012m }, ["EndYear"] = new JsonObject { ["Value"] = 2015m } };
        });
        var client = site.CreateClient();

        var english = await client.GetStringAsync(new Uri("/projets?culture=en", UriKind.Relative));
        var french = await client.GetStringAsync(new Uri("/projets?culture=fr", UriKind.Relative));
        var detail = await client.GetStringAsync(new Uri("/projets/surveille?culture=fr", UriKind.Relative));
        var translation = await client.GetAsync(new Uri("/en/projects/surveille", UriKind.Relative));

        Assert.Contains("href=\"/en/projects/surveille\"", english, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/projets/surveille\"", english, StringComparison.Ordinal);
        Assert.Equal(5, PublicPagesTests.CardCount(english));
        Assert.Contains("href=\"/projets/surveille\"", french, StringComparison.Ordinal);
        Assert.Equal(5, PublicPagesTests.CardCount(french));
        Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost/projets/surveille\">", detail, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/projects/surveille\">", detail, StringComparison.Ordinal);
        Assert.Contains("Cette page existe aussi en :", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, translation.StatusCode);
        Assert.Contains("lang=\"en\"", await translation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
