using Microsoft.Playwright;
using Xunit.Sdk;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>A browser step that times out says where the page is, what it shows and what the server answered.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PageWaitsTests(ChromiumFixture chromium) : IDisposable
{
    private readonly BrowserSite _site = new();

    [Fact]
    public async Task ClickAndWaitForUrl_WhenTheFormIsRefused_FailsWithThePageUrlItsErrorAndTheServersAnswer()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await AdminPages.LoginAsync(page, _site);
        await page.GotoAsync(_site.Url("/admin/types"));
        await page.GetByLabel("Nom technique").FillAsync("PracticeSheet");

        var failure = await Assert.ThrowsAsync<XunitException>(() => PageWaits.ClickAndWaitForUrlAsync(
            page, page.GetByRole(AriaRole.Button, new() { Name = "Créer le type" }), "**/admin/types/PracticeSheet", _site, TimeSpan.FromSeconds(3)));

        Assert.Contains($"page URL: {_site.Url("/admin/types")}", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Un type ou une partie s’appelle déjà « PracticeSheet ».", failure.Message.Split("visible errors:")[1], StringComparison.Ordinal);
        Assert.Matches(@"Request finished HTTP/1\.1 POST \S+/admin/types - 400", failure.Message);
    }

    public void Dispose() => _site.Dispose();
}
