using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>The structure pages in a real browser: taxonomy terms, content types, recipes and a reindex, each checked with axe-core.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class StructureJourneyTests(ChromiumFixture chromium) : IDisposable
{
    private readonly BrowserSite _site = new();

    [Fact]
    public async Task Taxonomy_RenameAddReorderWithTheKeyboard_AndDeleteAfterTheWarning()
    {
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await AdminPages.LoginAsync(page, _site);
        await page.GetByRole(AriaRole.Link, new() { Name = "Taxonomies" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Termes : Thèmes", Level = 1 })).ToBeVisibleAsync();
        await AdminPages.ScreenshotAsync(page, "taxonomy", fullPage: true);
        await AxeCheck.RunAsync(page, "taxonomy", problems);

        await page.GetByLabel("Nom du terme « Cybersécurité »").FillAsync("Cybersécurité et résilience");
        await page.GetByLabel("Nom du terme « Cybersécurité »").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Le terme est renommé « Cybersécurité et résilience ».");

        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Drones");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le terme" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Le terme « Drones » est ajouté.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Monter « Drones »" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("L’ordre des termes est enregistré.");
        var names = await page.Locator("td.term-name input[name=name]").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
        Assert.Equal("Drones", names[^2]);

        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("drones");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le terme" }).ClickAsync();
        await Expect(page.Locator("#NewTermName-error")).ToHaveTextAsync("Un terme porte déjà ce nom : « drones ».");
        await AxeCheck.RunAsync(page, "taxonomy refused", problems);

        await page.GetByRole(AriaRole.Link, new() { Name = "Supprimer « Villes intelligentes »" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Supprimer le terme « Villes intelligentes » ?" })).ToBeVisibleAsync();
        await AdminPages.ScreenshotAsync(page, "taxonomy-delete");
        await AxeCheck.RunAsync(page, "delete term", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Oui, supprimer le terme" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Le terme « Villes intelligentes » est supprimé.");

        var site = await context.NewPageAsync();
        await site.GotoAsync(_site.Url("/themes"));
        await Expect(site.GetByText("Cybersécurité et résilience").First).ToBeVisibleAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Taxonomy_ReorderWorksWithoutJavaScript()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "fr-FR", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await AdminPages.LoginAsync(page, _site);
        await page.GotoAsync(_site.Url("/admin/taxonomies"));
        var first = await page.Locator("td.term-name input[name=name]").First.InputValueAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Descendre « {first} »" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("L’ordre des termes est enregistré.");
        Assert.Equal(first, await page.Locator("td.term-name input[name=name]").Nth(1).InputValueAsync());
    }

    [Fact]
    public async Task ContentType_AddAField_TheFormShowsIt_AndABadNameIsRefusedNextToTheInput()
    {
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await AdminPages.LoginAsync(page, _site);
        // The screenshot and axe must see the page the link opens, not the one it leaves.
        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Types", Exact = true }), "**/admin/types", _site);
        await AdminPages.ScreenshotAsync(page, "types", fullPage: true);
        await AxeCheck.RunAsync(page, "types", problems);
        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Fiche de pratique" }), "**/admin/types/PracticeSheet", _site);
        await AxeCheck.RunAsync(page, "type", problems);

        await page.GetByLabel("Genre").SelectOptionAsync(new SelectOptionValue { Label = "Texte" });
        await page.GetByLabel("Nom technique").FillAsync("2 partenaires");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le champ" }).ClickAsync();
        await Expect(page.Locator("#NewFieldName-error")).ToContainTextAsync("commence par une lettre");
        await AdminPages.ScreenshotAsync(page, "types-error");
        await AxeCheck.RunAsync(page, "type refused", problems);

        await page.GetByLabel("Nom technique").FillAsync("Partner");
        await page.GetByLabel("Nom affiché").FillAsync("Partenaire local");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le champ" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Le champ « Partner » est ajouté.");
        await AdminPages.ScreenshotAsync(page, "type", fullPage: true);
        await page.GetByRole(AriaRole.Link, new() { Name = "Paramètres de « Partenaire local »" }).ClickAsync();
        await page.GetByLabel("Aide affichée sous le nom").FillAsync("La ville ou l’association partenaire.");
        await page.GetByLabel("Obligatoire").CheckAsync();
        await AdminPages.ScreenshotAsync(page, "type-field");
        await AxeCheck.RunAsync(page, "field settings", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les paramètres" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Les paramètres de « Partenaire local » sont enregistrés.");

        await page.GotoAsync(_site.Url("/admin/content/new/PracticeSheet"));
        await Expect(page.GetByLabel("Partenaire local")).ToBeVisibleAsync();
        await Expect(page.GetByText("La ville ou l’association partenaire.")).ToBeVisibleAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task ContentType_EditedInTwoBrowsers_TheLaterSaveIsRefused_ItsInputKept()
    {
        await using var first = await chromium.NewContextAsync(bypassCsp: true);
        await using var second = await chromium.NewContextAsync(bypassCsp: true);
        var mine = await first.NewPageAsync();
        var theirs = await second.NewPageAsync();
        var problems = new List<string>();
        await AdminPages.LoginAsync(mine, _site);
        await AdminPages.LoginAsync(theirs, _site);
        await mine.GotoAsync(_site.Url("/admin/types/PracticeSheet/fields/Year"));
        await theirs.GotoAsync(_site.Url("/admin/types/PracticeSheet/fields/Year"));

        await theirs.GetByLabel("Aide affichée sous le nom").FillAsync("Année de lancement du projet.");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les paramètres" }).ClickAsync();
        await Expect(theirs.GetByRole(AriaRole.Status)).ToHaveTextAsync("Les paramètres de « Année » sont enregistrés.");

        await mine.GetByLabel("Aide affichée sous le nom").FillAsync("Année où l’action a commencé.");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les paramètres" }).ClickAsync();
        await Expect(mine.Locator("#conflict")).ToContainTextAsync("Ce type a été modifié par quelqu’un d’autre pendant que vous le modifiiez");
        await Expect(mine.GetByLabel("Aide affichée sous le nom")).ToHaveValueAsync("Année où l’action a commencé.");
        await AdminPages.ScreenshotAsync(mine, "type-conflict");
        await AxeCheck.RunAsync(mine, "type conflict", problems);

        await mine.GotoAsync(_site.Url("/admin/content/new/PracticeSheet"));
        await Expect(mine.GetByText("Année de lancement du projet.")).ToBeVisibleAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Recipe_DryRunThenImport_AndAReindexWithItsProgress()
    {
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await AdminPages.LoginAsync(page, _site);
        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Recettes" }), "**/admin/recipes", _site);
        await AxeCheck.RunAsync(page, "recipes", problems);

        await page.GetByLabel("Fichier de recette").SetInputFilesAsync(new FilePayload { Name = "casse.recipe.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("{\"steps\": [") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Essayer (rien n’est écrit)" }).ClickAsync();
        await Expect(page.Locator("#recipe-error")).ToContainTextAsync("Ligne 1");
        await AdminPages.ScreenshotAsync(page, "recipes-error");
        await AxeCheck.RunAsync(page, "recipe refused", problems);

        await page.GetByLabel("Fichier de recette").SetInputFilesAsync(new FilePayload { Name = "ajout.recipe.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(Recipe) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Essayer (rien n’est écrit)" }).ClickAsync();
        await Expect(page.GetByText("Essai terminé : rien n’a été écrit. Voici ce que l’import ferait.")).ToBeVisibleAsync();
        await Expect(page.Locator("#recipe-report tbody tr")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"Page\s*1\s*0\s*0"));
        await AdminPages.ScreenshotAsync(page, "recipes-dry-run", fullPage: true);
        await AxeCheck.RunAsync(page, "dry run", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer pour de bon" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Import terminé : 1 créés, 0 modifiés, 0 inchangés.");

        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Maintenance" }), "**/admin/maintenance", _site);
        await AxeCheck.RunAsync(page, "maintenance", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reconstruire tous les index" }).ClickAsync();
        await Expect(page.GetByText("Reconstruction terminée.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await AdminPages.ScreenshotAsync(page, "reindex");
        await AxeCheck.RunAsync(page, "reindex", problems);

        var site = await context.NewPageAsync();
        await site.GotoAsync(_site.Url("/search?q=orchestrée"));
        await Expect(site.GetByText("Une page importée").First).ToBeVisibleAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private const string Recipe = """
        {"name": "Ajout", "steps": [{"name": "content", "data": [
          {"ContentItemId": "4efus0page00000000000brow1", "ContentType": "Page", "DisplayText": "Une page importée", "Latest": true, "Published": true,
           "TitlePart": {"Title": "Une page importée"}, "AutoroutePart": {"Path": "une-page-importee"},
           "HtmlBodyPart": {"Html": "<p>Une coopération orchestrée par recette.</p>"}, "LocalizationPart": {"Culture": "fr-FR"}}
        ]}]}
        """;

    public void Dispose() => _site.Dispose();
}
