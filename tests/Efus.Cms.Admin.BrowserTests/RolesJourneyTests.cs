using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>Orchard's roles in a real browser: an Author publishes their own item but not another's; a Contributor only drafts.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class RolesJourneyTests(ChromiumFixture chromium) : IDisposable
{
    private readonly BrowserSite _site = new();

    [Fact]
    public async Task Author_PublishesTheirOwn_CannotPublishAnothers_Contributor_CannotPublishAtAll()
    {
        await _site.CreateUserAsync("alice", "Author");
        await _site.CreateUserAsync("bruno", "Author");
        await _site.CreateUserAsync("chloe", "Contributor");
        await using var aliceContext = await chromium.NewContextAsync();
        var alice = await aliceContext.NewPageAsync();
        await AdminPages.LoginAsync(alice, _site, "alice");
        await alice.GotoAsync(_site.Url("/admin/content/new/PracticeSheet"));
        await alice.GetByLabel("Titre (obligatoire)").FillAsync("La fiche d’Alice");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Publier" }).First.ClickAsync();
        await Expect(alice.GetByRole(AriaRole.Status)).ToContainTextAsync("publié.");
        var alicesItem = alice.Url;

        await using var brunoContext = await chromium.NewContextAsync();
        var bruno = await brunoContext.NewPageAsync();
        await AdminPages.LoginAsync(bruno, _site, "bruno");
        await bruno.GotoAsync(alicesItem);
        await PageWaits.WaitForUrlAsync(bruno, "**/admin/denied**", _site);
        await Expect(bruno.GetByRole(AriaRole.Button, new() { Name = "Publier" })).ToHaveCountAsync(0);

        await using var chloeContext = await chromium.NewContextAsync();
        var chloe = await chloeContext.NewPageAsync();
        await AdminPages.LoginAsync(chloe, _site, "chloe");
        await chloe.GotoAsync(_site.Url("/admin/content/new/PracticeSheet"));
        await Expect(chloe.GetByRole(AriaRole.Button, new() { Name = "Publier" })).ToHaveCountAsync(0);
        await chloe.GetByLabel("Titre (obligatoire)").FillAsync("Le brouillon de Chloé");
        await chloe.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).First.ClickAsync();
        await Expect(chloe.GetByRole(AriaRole.Status)).ToContainTextAsync("brouillon");
        await Expect(chloe.Locator("h1 .status")).ToHaveTextAsync("Brouillon");
        await Expect(chloe.GetByRole(AriaRole.Button, new() { Name = "Publier" })).ToHaveCountAsync(0);
        await Expect(chloe.GetByRole(AriaRole.Button, new() { Name = "Programmer" })).ToHaveCountAsync(0);
    }

    public void Dispose() => _site.Dispose();
}
