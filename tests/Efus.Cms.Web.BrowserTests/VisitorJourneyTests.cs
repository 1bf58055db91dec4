using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Efus.Cms.Web.BrowserTests;

public sealed partial class VisitorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Visitor_HomeToFilteredListingToDetailToThemeToSearch_FindsWhatTheyLookFor()
    {
        var page = await fixture.NewPageAsync();
        var cspErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspErrors.Add(message.Text);
            }
        };

        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Fiches de pratique" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fiches de pratique");

        await page.GetByLabel("Ville").SelectOptionAsync(new SelectOptionValue { Label = "Lyon" });
        await page.GetByLabel("Thème").SelectOptionAsync(new SelectOptionValue { Label = "Participation citoyenne" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Appliquer les filtres" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(CityFilter());
        await Expect(page.Locator("#results-title")).ToHaveTextAsync("1 résultat");

        await page.GetByRole(AriaRole.Link, new() { Name = "Médiateurs numériques dans les quartiers de Lyon" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Médiateurs numériques dans les quartiers de Lyon");
        await Expect(page.Locator(".toc li")).ToHaveCountAsync(5);
        await page.GetByRole(AriaRole.Link, new() { Name = "Évaluation" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(EvaluationAnchor());

        await page.GetByRole(AriaRole.Link, new() { Name = "Participation citoyenne" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Participation citoyenne");
        await Expect(page.Locator("article.card")).ToHaveCountAsync(1);

        await page.GetByLabel("Rechercher dans le site").FillAsync("vidéosurveillance");
        await page.GetByLabel("Rechercher dans le site").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Recherche");
        await page.GetByRole(AriaRole.Link, new() { Name = "Charte pour une utilisation démocratique de la vidéosurveillance" }).ClickAsync();
        await Expect(page.Locator(".facts")).ToContainTextAsync("Charte");

        Assert.Empty(cspErrors);
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglishAndBack_ChangesTheInterfaceAndIsRemembered()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/projets");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Projects");
        await page.GetByRole(AriaRole.Link, new() { Name = "Publications", Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Appliquer les filtres" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Keyboard_SkipLinkThenFilters_WorkWithoutAMouse()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/publications");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();

        await page.GetByLabel("Thème").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.GetByLabel("Année").FocusAsync();
        await page.Keyboard.TypeAsync("2010");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(YearFilter());
    }

    [GeneratedRegex("city=Lyon")]
    private static partial Regex CityFilter();

    [GeneratedRegex("#evaluation$")]
    private static partial Regex EvaluationAnchor();

    [GeneratedRegex("year=2010")]
    private static partial Regex YearFilter();
}
