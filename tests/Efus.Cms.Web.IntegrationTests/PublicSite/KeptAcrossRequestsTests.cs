using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.UrbanSecurity.Caching;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.IntegrationTests.PublicSite;

/// <summary>
/// What the public pages keep across requests (translation links, listing totals, value lists) follows a
/// change made on this node at once; the output-cache follower leaves this node's own changes to the events.
/// Rendered pages are asked with an <c>Authorization</c> header, which the output cache never serves.
/// </summary>
public sealed class KeptAcrossRequestsTests
{
    [Fact]
    public async Task TranslationPublishedNow_IsLinkedFromTheRenderedOriginalAtOnce()
    {
        using var site = new EfusSite();
        await SiteContent.PracticeSheetAsync(site, "Médiation à Gand", "Gand", "Belgique", 2021);
        var client = Rendered(site);
        var before = await client.GetStringAsync(new Uri("/fiches-de-pratique/mediation-a-gand", UriKind.Relative));
        Assert.DoesNotContain("hreflang=\"en\" href=", before, StringComparison.Ordinal);

        await SiteContent.CreateAsync(site, "PracticeSheet", "Mediation in Ghent", parts =>
        {
            parts["AutoroutePart"] = new JsonObject { ["Path"] = "en/practice-sheets/mediation-in-ghent" };
            parts["LocalizationPart"] = new JsonObject { ["LocalizationSet"] = "set-mediation-a-gand", ["Culture"] = "en-US" };
        });
        var after = await client.GetStringAsync(new Uri("/fiches-de-pratique/mediation-a-gand", UriKind.Relative));

        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/practice-sheets/mediation-in-ghent\">", after, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/practice-sheets/mediation-in-ghent?culture=en\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_ItemPublishedNow_CountsInTheRenderedTotalAtOnce()
    {
        using var site = new EfusSite();
        await SiteContent.PracticeSheetAsync(site, "Fiche une", "Lyon", "France", 2020);
        await SiteContent.PracticeSheetAsync(site, "Fiche deux", "Lyon", "France", 2020);
        var client = Rendered(site);
        Assert.Contains("2 résultats", await client.GetStringAsync(new Uri("/fiches-de-pratique?country=France", UriKind.Relative)), StringComparison.Ordinal);

        await SiteContent.PracticeSheetAsync(site, "Fiche trois", "Lyon", "France", 2020);

        Assert.Contains("3 résultats", await client.GetStringAsync(new Uri("/fiches-de-pratique?country=France", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("3 résultats", await client.GetStringAsync(new Uri("/fiches-de-pratique", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnEdit_ReadBackFromTheTaskLog_LeavesTheRefreshedPageCached()
    {
        // The follower runs only when the test asks, so that it reads the edit's task after the page was cached again.
        using var node = new EfusSite();
        using var site = node.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton(new OutputCacheFollowerOptions { PollInterval = TimeSpan.FromHours(1) })));
        var client = site.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        const string path = "/projets/cci-cutting-crime-impact";
        await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var follower = site.Services.GetRequiredService<OutputCacheFollower>();
        await follower.CatchUpAsync(CancellationToken.None);

        await EditTitleAsync(site, "CCI – édition de ce nœud");
        Assert.Contains("CCI – édition de ce nœud", await client.GetStringAsync(new Uri(path, UriKind.Relative)), StringComparison.Ordinal);
        Assert.NotNull((await client.GetAsync(new Uri(path, UriKind.Relative))).Headers.Age);
        var read = await follower.CatchUpAsync(CancellationToken.None);
        var again = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(read > 0, "the follower read the edit's task");
        Assert.NotNull(again.Headers.Age);
        Assert.Contains("CCI – édition de ce nœud", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpClient Rendered(EfusSite site)
    {
        var client = PublicPagesTests.French(site);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "uncached");
        return client;
    }

    private static async Task EditTitleAsync(WebApplicationFactory<Program> site, string title)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<Core.Management.IContentManager>();
        var latest = await manager.GetAsync("4efus0proj0000000000000002", Core.Storage.VersionOptions.Latest) ?? throw new InvalidOperationException("CCI");
        latest.DisplayText = title;
        latest.Parts["TitlePart"] = new JsonObject { ["Title"] = title };
        var saved = await manager.UpdateAsync(latest);
        if (!saved.Published)
        {
            await manager.PublishAsync(saved.ContentItemId);
        }
    }
}
