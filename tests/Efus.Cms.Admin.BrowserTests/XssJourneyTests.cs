using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>
/// Script payloads typed into every name an editor can give (a term, a media file and folder, a title, a type's
/// display name, a user name), then every admin and public page that shows them: no script runs, the text
/// shows literally. The page's CSP is bypassed, so what is proven is the encoding, not the policy.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class XssJourneyTests(ChromiumFixture chromium) : IDisposable
{
    private const string Script = "<script>window.__xss='script';alert('script')</script>";
    private const string Image = "\"><img src=x onerror=\"window.__xss='img';alert('img')\">";
    private const string Payload = "Xss " + Script + Image;

    private static readonly byte[] _png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    private readonly BrowserSite _site = new();

    [Fact]
    public async Task ScriptPayloadsInEveryName_NeverRun_AndShowLiterally_OnAdminAndPublicPages()
    {
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{page.Url}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        await AdminPages.LoginAsync(page, _site);

        await page.GotoAsync(_site.Url("/admin/taxonomies"));
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync(Payload);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le terme" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Script);

        await page.GotoAsync(_site.Url("/admin/types"));
        await page.GetByLabel("Nom technique").FillAsync("XssType");
        await page.GetByLabel("Nom affiché").FillAsync(Payload);
        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Créer le type" }), "**/admin/types/XssType", _site);

        await page.GotoAsync(_site.Url("/admin/content/new/PracticeSheet"));
        await page.GetByLabel("Titre (obligatoire)").FillAsync(Payload);
        await page.GetByRole(AriaRole.Group, new() { Name = "Thèmes" }).GetByLabel(Payload).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("publié.");
        var editUrl = page.Url;
        var publicPath = await page.Locator("dt:text-is('Adresse publique') + dd a").GetAttributeAsync("href");

        await page.GotoAsync(_site.Url("/admin/media"));
        await page.GetByLabel("Nom du dossier").FillAsync(Payload);
        // Each form posts and redirects: the next step waits for that page, so that it neither fills the page
        // being left nor cancels the post by going elsewhere.
        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Créer le dossier" }), "**/admin/media**", _site);
        await page.GetByLabel("Fichiers (PDF, JPEG, PNG, WebP, GIF ou SVG)").SetInputFilesAsync(
            new FilePayload { Name = Payload + ".png", MimeType = "image/png", Buffer = _png });
        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Téléverser", Exact = true }), "**/admin/media**", _site);

        await page.GotoAsync(_site.Url("/admin/users"));
        await page.GetByLabel("Nom d’utilisateur").FillAsync(Payload);
        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Créer le compte" }), "**/admin/users**", _site);
        await AssertInertAsync(page, dialogs);

        // Where the names are text, they read literally.
        foreach (var url in new[] { "/admin", "/admin/content", "/admin/types", editUrl, publicPath!, "/themes" })
        {
            await page.GotoAsync(url.StartsWith("http", StringComparison.Ordinal) ? url : _site.Url(url));
            await Expect(page.Locator("body")).ToContainTextAsync(Script);
            await AssertInertAsync(page, dialogs);
        }

        // Everywhere else they appear (inputs, options, file names, lists, errors), nothing runs.
        foreach (var url in new[]
        {
            "/admin/taxonomies", "/admin/types/XssType", "/admin/audit", "/admin/media", "/admin/users", "/admin/content?type=PracticeSheet",
            "/admin/content/new/PracticeSheet", "/", "/fiches-de-pratique", "/search?q=Xss", "/api/graphql?query=" + Uri.EscapeDataString("{ practiceSheet { displayText } }"),
        })
        {
            await page.GotoAsync(_site.Url(url));
            await AssertInertAsync(page, dialogs);
        }

        Assert.Empty(dialogs);
    }

    private static async Task AssertInertAsync(IPage page, List<string> dialogs)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        var ran = await page.EvaluateAsync<string?>("() => window.__xss ?? null");
        Assert.True(ran is null, $"{page.Url}: the {ran} payload ran");
        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
        Assert.Equal(0, await page.Locator("script:not([src])").Filter(new() { HasTextString = "__xss" }).CountAsync());
        Assert.True(dialogs.Count == 0, string.Join("\n", dialogs));
    }

    public void Dispose() => _site.Dispose();
}
