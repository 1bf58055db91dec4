using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>The journeys of the admin in a real browser against a real server.</summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class EditorJourneyTests(ChromiumFixture chromium) : IDisposable
{
    private readonly BrowserSite _site = new();

    [Fact]
    public async Task PracticeSheet_WriteWithRichTextThemesAndProject_SaveDraft_Preview_Publish()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/admin/login?returnUrl=%2Fadmin"));
        await AdminPages.ScreenshotAsync(page, "login");
        await AdminPages.LoginAsync(page, _site);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord", Level = 1 })).ToBeVisibleAsync();
        await AdminPages.ScreenshotAsync(page, "dashboard", fullPage: true);

        await page.GetByRole(AriaRole.Row, new() { Name = "Fiche de pratique" }).GetByRole(AriaRole.Link, new() { Name = "Créer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Créer : Fiche de pratique" })).ToBeVisibleAsync();
        await page.GetByLabel("Titre (obligatoire)").FillAsync("Vidéoprotection et médiation à Lyon");
        await page.GetByLabel("Ville", new() { Exact = true }).FillAsync("Lyon");
        await page.GetByLabel("Année", new() { Exact = true }).FillAsync("2024");
        await AdminPages.TypeRichTextAsync(page, "f-c-PracticeSheet-Context", "Un quartier en mutation", " : la ville associe les habitants.");
        await page.GetByRole(AriaRole.Group, new() { Name = "Thèmes" }).GetByLabel("Villes intelligentes").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Thèmes" }).GetByLabel("Vidéosurveillance").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Projets liés" }).GetByLabel("SURVEILLE").CheckAsync();
        await AdminPages.ScreenshotAsync(page, "edit-form", fullPage: true);

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("« Vidéoprotection et médiation à Lyon » est enregistré comme brouillon.");
        await Expect(page.Locator("h1 .status")).ToHaveTextAsync("Brouillon");
        await AdminPages.ScreenshotAsync(page, "edit-draft");

        var preview = await context.RunAndWaitForPageAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Prévisualiser" }).ClickAsync());
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vidéoprotection et médiation à Lyon");
        await Expect(preview.Locator("strong", new() { HasTextString = "Un quartier en mutation" })).ToHaveTextAsync("Un quartier en mutation");
        await Expect(preview.GetByText("Prévisualisation (brouillon)")).ToBeVisibleAsync();
        await AdminPages.ScreenshotAsync(preview, "preview", fullPage: true);
        await preview.CloseAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("« Vidéoprotection et médiation à Lyon » est publié.");
        var site = await context.NewPageAsync();
        await site.GotoAsync(_site.Url("/fiches-de-pratique/videoprotection-et-mediation-a-lyon"));
        await Expect(site.Locator("strong", new() { HasTextString = "Un quartier en mutation" })).ToHaveTextAsync("Un quartier en mutation");
        await Expect(site.GetByText("Vidéosurveillance")).ToBeVisibleAsync();
        await Expect(site.GetByRole(AriaRole.Link, new() { Name = "SURVEILLE" })).ToBeVisibleAsync();

        // The search index follows the publication within seconds; GraphQL reads the store at once.
        var found = false;
        for (var attempt = 0; attempt < 40 && !found; attempt++)
        {
            await site.GotoAsync(_site.Url("/search?q=" + Uri.EscapeDataString("médiation Lyon")));
            found = await site.GetByRole(AriaRole.Link, new() { Name = "Vidéoprotection et médiation à Lyon" }).CountAsync() > 0;
            if (!found)
            {
                await Task.Delay(250);
            }
        }

        Assert.True(found, "the published sheet never appeared in the public search");
        await site.GotoAsync(_site.Url("/api/graphql?query=" + Uri.EscapeDataString("{ practiceSheet { displayText } }")));
        await Expect(site.Locator("body")).ToContainTextAsync("Vidéoprotection et médiation à Lyon");

        await page.GotoAsync(_site.Url("/admin/content?type=PracticeSheet"));
        await AdminPages.ScreenshotAsync(page, "list");
        await page.GotoAsync(_site.Url("/admin/audit"));
        await AdminPages.ScreenshotAsync(page, "audit");
    }

    [Fact]
    public async Task SameItemInTwoBrowsers_SecondSaveShowsTheConflictAndLosesNothing()
    {
        await _site.CreateUserAsync("marie", "Editor");
        await using var adminContext = await chromium.NewContextAsync();
        await using var marieContext = await chromium.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        var marie = await marieContext.NewPageAsync();
        await AdminPages.LoginAsync(admin, _site);
        await AdminPages.LoginAsync(marie, _site, "marie");
        const string project = "/admin/content/4efus0proj0000000000000004/edit";
        await admin.GotoAsync(_site.Url(project));
        await marie.GotoAsync(_site.Url(project));

        await admin.GetByLabel("Coordinateur").FillAsync("Université de Lyon");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).First.ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistré");

        await marie.GetByLabel("Acronyme").FillAsync("SURVEILLE-2");
        await AdminPages.TypeRichTextAsync(marie, "f-c-CooperationProject-Summary", "Résumé de Marie", " écrit en même temps.");
        await marie.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).First.ClickAsync();

        var conflict = marie.GetByRole(AriaRole.Alert);
        await Expect(conflict).ToContainTextAsync("Ce contenu a été modifié par quelqu’un d’autre pendant que vous le modifiiez");
        await Expect(conflict).ToContainTextAsync("rien n’est perdu");
        await Expect(marie.GetByLabel("Acronyme")).ToHaveValueAsync("SURVEILLE-2");
        await Expect(marie.Locator("trix-editor[input='f-c-CooperationProject-Summary']")).ToContainTextAsync("Résumé de Marie écrit en même temps.");
        await Expect(marie.Locator("#conflict")).ToBeFocusedAsync();
        await AdminPages.ScreenshotAsync(marie, "conflict");

        await marie.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).First.ClickAsync();
        await Expect(marie.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistré");
        await Expect(marie.GetByLabel("Acronyme")).ToHaveValueAsync("SURVEILLE-2");
    }

    [Fact]
    public async Task Delete_AsksForConfirmationFirst()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await AdminPages.LoginAsync(page, _site);
        await page.GotoAsync(_site.Url("/admin/content/4efus0proj0000000000000003/edit"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Supprimer…" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Supprimer « Medi@4sec » ?" })).ToBeVisibleAsync();
        await AdminPages.ScreenshotAsync(page, "delete");
        await page.GetByRole(AriaRole.Link, new() { Name = "Non, revenir au contenu" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(MediEdit());
        await page.GetByRole(AriaRole.Link, new() { Name = "Supprimer…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Oui, supprimer" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("« Medi@4sec » est supprimé.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Medi@4sec" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task RepeatedFailedLogins_LockTheAccount()
    {
        await _site.CreateUserAsync("paul", "Author");
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        for (var i = 0; i < 4; i++)
        {
            await AdminPages.SubmitLoginAsync(page, _site, "paul", "mauvais-mot-de-passe");
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nom d’utilisateur ou mot de passe incorrect.");
        }

        // The fifth failure locks the account; from then on even the right password is refused.
        await AdminPages.SubmitLoginAsync(page, _site, "paul", "mauvais-mot-de-passe");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ce compte est verrouillé");
        await AdminPages.ScreenshotAsync(page, "lockout");
        await AdminPages.SubmitLoginAsync(page, _site, "paul", BrowserSite.AdminPassword);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ce compte est verrouillé");
        await Expect(page).ToHaveURLAsync(LoginUrl());
    }

    [Fact]
    public async Task Keyboard_SignInThenSkipLinkThenEditWithoutAMouse()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/admin/login"));

        // The login form has the focus on arrival.
        await Expect(page.GetByLabel("Nom d’utilisateur")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("admin");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserSite.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord" })).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("main a").First).ToBeFocusedAsync();

        await page.GotoAsync(_site.Url("/admin/content/4efus0proj0000000000000002/edit"));
        await page.GetByLabel("Acronyme").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("CCI");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistré");
    }

    [GeneratedRegex("/admin/content/4efus0proj0000000000000003/edit$")]
    private static partial Regex MediEdit();

    [GeneratedRegex("/admin/login")]
    private static partial Regex LoginUrl();

    public void Dispose() => _site.Dispose();
}
