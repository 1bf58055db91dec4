using Efus.Cms.Admin.Tests.Infrastructure;

namespace Efus.Cms.Admin.Tests.Content;

public sealed class ContentListTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task Dashboard_CountsPublishedAndDraftsPerType()
    {
        using var client = await _site.LoginAsync();
        await ContentForms.CreatePracticeSheetAsync(client, "Brouillon 1");

        var page = await client.GetPageAsync("/admin");

        var projects = page.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Projet de coopération européen");
        Assert.Equal(["5", "0"], projects.QuerySelectorAll("td.number").Select(c => c.TextContent.Trim()));
        var sheets = page.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Fiche de pratique");
        Assert.Equal(["0", "1"], sheets.QuerySelectorAll("td.number").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task List_FiltersByTypeStatusTextAndOwner()
    {
        await _site.CreateUserAsync("claire", "Author");
        using var claire = await _site.LoginAsync("claire");
        using var admin = await _site.LoginAsync();
        await ContentForms.CreatePracticeSheetAsync(claire, "Fiche de Claire");
        await ContentForms.CreatePracticeSheetAsync(admin, "Fiche publiée de l’admin", publish: true);

        Assert.Equal(5, Titles(await admin.GetPageAsync("/admin/content?type=CooperationProject")).Count);
        Assert.Equal(["Fiche de Claire"], Titles(await admin.GetPageAsync("/admin/content?status=draft")));
        Assert.Equal(["Fiche de Claire"], Titles(await claire.GetPageAsync("/admin/content?owner=me")));
        Assert.Equal(["Medi@4sec"], Titles(await admin.GetPageAsync("/admin/content?q=medi%40")));
        // Accents and case are folded in the database: both "Citoyens…" items (a publication and a project) and the charter match.
        Assert.Equal(3, Titles(await admin.GetPageAsync("/admin/content?q=VIDEOSURVEILLANCE&sort=title&culture=fr-FR")).Count);
    }

    [Fact]
    public async Task List_SortsByTitleAndPages()
    {
        using var client = await _site.LoginAsync();
        for (var i = 0; i < 21; i++)
        {
            await _site.WithContentAsync(async m =>
            {
                var item = await m.NewAsync("Publication");
                item.GetOrCreatePart("TitlePart")["Title"] = $"Publication {i:00}";
                return await m.CreateAsync(item, publish: true);
            });
        }

        var first = await client.GetPageAsync("/admin/content?type=Publication&sort=title");
        var second = await client.GetPageAsync("/admin/content?type=Publication&sort=title&p=2");

        Assert.Equal(20, Titles(first).Count);
        Assert.Equal("Page 1 sur 2", first.Text(".pager [aria-current]"));
        Assert.Equal("Charte pour une utilisation démocratique de la vidéosurveillance", Titles(first)[0]);
        Assert.Equal(4, Titles(second).Count);
        Assert.Equal("/admin/content?type=Publication&sort=title&p=2", first.Document.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
    }

    private static List<string> Titles(AdminClient.Page page) =>
        [.. page.Document.QuerySelectorAll("table.data tbody th").Select(th => th.TextContent.Trim())];

    public void Dispose() => _site.Dispose();
}
