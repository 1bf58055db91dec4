using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>On the real server (Kestrel refuses request bodies over 30 MB by default) a recipe may be as large as the recipe limit.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class RecipeUploadLimitTests(ChromiumFixture chromium) : IDisposable
{
    private readonly BrowserSite _site = new();

    [Fact]
    public async Task Upload_Of35MegaBytes_ReachesTheRecipeReader_WhichNamesItsProblem()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await AdminPages.LoginAsync(page, _site);
        await page.GotoAsync(_site.Url("/admin/recipes"));
        // 35 MB of description, then a file that ends in the middle of its steps.
        var recipe = "{\"name\": \"grande\", \"description\": \"" + new string('x', 35 * 1024 * 1024) + "\", \"steps\": [";

        await page.GetByLabel("Fichier de recette").SetInputFilesAsync(
            new FilePayload { Name = "grande.recipe.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(recipe) });
        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Essayer (rien n’est écrit)" }), "**/admin/recipes**", _site);

        await Expect(page.Locator("#recipe-error")).ToContainTextAsync("Ligne 1");
        Assert.False(Directory.Exists(Path.Combine(_site.DataPath, "uploads")) && Directory.EnumerateFiles(Path.Combine(_site.DataPath, "uploads")).Any());
    }

    public void Dispose() => _site.Dispose();
}
