using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>The media library in a real browser: upload, attach to a publication, see it on the public page, delete with its "used by".</summary>
[Collection(ChromiumCollection.Name)]
public sealed class MediaJourneyTests(ChromiumFixture chromium) : IDisposable
{
    private const string PublicationId = "4efus0pub00000000000000002";


    private static readonly byte[] _pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    private static readonly byte[] _png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    private readonly BrowserSite _site = new();

    [Fact]
    public async Task UploadPdf_AttachToPublication_SeeItOnThePublicPage_ThenDeleteWarnsItIsUsed()
    {
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await AdminPages.LoginAsync(page, _site);

        await page.GetByRole(AriaRole.Link, new() { Name = "Médiathèque" }).ClickAsync();
        await page.GetByLabel("Nom du dossier").FillAsync("Publications");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le dossier" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Le dossier « publications » est créé.");
        await page.GetByLabel("Fichiers (PDF, JPEG, PNG, WebP, GIF ou SVG)").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "Guide de la médiation.pdf", MimeType = "application/pdf", Buffer = _pdf },
            new FilePayload { Name = "Couverture.png", MimeType = "image/png", Buffer = _png },
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Téléverser", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 fichier(s) téléversé(s).");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "guide-de-la-mediation.pdf", Exact = true })).ToBeVisibleAsync();
        await AdminPages.ScreenshotAsync(page, "media", fullPage: true);
        await AxeCheck.RunAsync(page, "media library", problems);

        // A file whose content is not what its name says is refused, in French, next to the upload field.
        await page.GetByLabel("Fichiers (PDF, JPEG, PNG, WebP, GIF ou SVG)").SetInputFilesAsync(
            new FilePayload { Name = "rapport.pdf", MimeType = "application/pdf", Buffer = _png });
        await page.GetByRole(AriaRole.Button, new() { Name = "Téléverser", Exact = true }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("L’extension de « rapport.pdf » ne correspond pas à son contenu");
        await AxeCheck.RunAsync(page, "refused upload", problems);

        await page.GotoAsync(_site.Url($"/admin/content/{PublicationId}/edit"));
        var picker = page.GetByRole(AriaRole.Group, new() { Name = "Document" });
        await picker.GetByLabel("publications/guide-de-la-mediation.pdf").CheckAsync();
        await AdminPages.ScreenshotAsync(page, "media-picker", fullPage: true);
        await AxeCheck.RunAsync(page, "media picker", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("est publié.");

        var site = await context.NewPageAsync();
        await site.GotoAsync(_site.Url("/publications/citoyens-villes-et-videosurveillance"));
        var download = site.GetByRole(AriaRole.Link, new() { Name = "Télécharger le document" });
        await Expect(download).ToHaveAttributeAsync("href", "/media/publications/guide-de-la-mediation.pdf");
        var served = await site.APIRequest.GetAsync(_site.Url("/media/publications/guide-de-la-mediation.pdf"));
        Assert.Equal("application/pdf", served.Headers["content-type"]);

        await page.GotoAsync(_site.Url("/admin/media?folder=publications"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Supprimer publications/guide-de-la-mediation.pdf" }).ClickAsync();
        await Expect(page.Locator("#used-by")).ToContainTextAsync("Citoyens, villes et vidéosurveillance");
        await AdminPages.ScreenshotAsync(page, "media-delete");
        await AxeCheck.RunAsync(page, "media delete", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Oui, supprimer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("« publications/guide-de-la-mediation.pdf » est supprimé.");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task MediaPicker_UploadInPlace_ChoosesTheNewFile()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await AdminPages.LoginAsync(page, _site);
        await page.GotoAsync(_site.Url($"/admin/content/{PublicationId}/edit"));
        var picker = page.GetByRole(AriaRole.Group, new() { Name = "Document" });

        await picker.GetByLabel("Téléverser un fichier").SetInputFilesAsync(
            new FilePayload { Name = "Charte signée.pdf", MimeType = "application/pdf", Buffer = _pdf });

        await Expect(picker.Locator(".media-upload-status")).ToHaveTextAsync("« charte-signee.pdf » est téléversé et choisi.");
        await Expect(picker.GetByLabel("charte-signee.pdf")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Brouillon de « Citoyens, villes et vidéosurveillance » enregistré.");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Document" }).GetByLabel("charte-signee.pdf")).ToBeCheckedAsync();
    }

    public void Dispose() => _site.Dispose();
}
