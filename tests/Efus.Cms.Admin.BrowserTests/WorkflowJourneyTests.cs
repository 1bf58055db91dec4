using System.Globalization;
using Efus.Cms.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>
/// The editorial workflow in a real browser: schedule a publication and let the background service
/// publish it once the site's clock is moved past it; translate the item and follow the language link
/// on the public site; the dashboard's charts drawn under the admin's CSP; axe-core on these pages.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class WorkflowJourneyTests(ChromiumFixture chromium) : IDisposable
{
    private readonly MovableClock _clock = new();
    private BrowserSite? _site;

    private BrowserSite Site => _site ??= new BrowserSite(_clock);

    [Fact]
    public async Task Schedule_PublishedByTheBackgroundService_Translate_SeeTheLanguageLink_DashboardCharts()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var cspErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                cspErrors.Add(message.Text);
            }
        };
        await AdminPages.LoginAsync(page, Site);

        // Schedule: in half an hour, Paris time (the sign-in cookie must outlive the moved clock).
        await page.GotoAsync(Site.Url("/admin/content/new/PracticeSheet"));
        await page.GetByLabel("Titre (obligatoire)").FillAsync("Atelier programmé");
        await page.GetByLabel("Ville", new() { Exact = true }).FillAsync("Nantes");
        await page.GetByText("Programmer la publication").ClickAsync();
        await page.GetByLabel("Date et heure de publication").FillAsync(ParisInHalfAnHour());
        await AdminPages.ScreenshotAsync(page, "schedule");
        await page.GetByRole(AriaRole.Button, new() { Name = "Programmer", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("« Atelier programmé » est enregistré et sera publié le");
        await Expect(page.Locator("h1 .status")).ToHaveTextAsync("Programmé");
        var editUrl = page.Url;
        await page.GotoAsync(Site.Url("/admin/content?status=scheduled"));
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Atelier programmé" })).ToContainTextAsync("Programmé");
        await AdminPages.ScreenshotAsync(page, "list-scheduled");

        // An hour later, the background service (polling every second here) publishes it.
        _clock.Advance(TimeSpan.FromHours(1));
        await page.GotoAsync(editUrl);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await page.Locator("h1 .status").TextContentAsync() != "Publié" && DateTime.UtcNow < deadline)
        {
            await page.ReloadAsync();
        }

        await Expect(page.Locator("h1 .status")).ToHaveTextAsync("Publié");

        // Translate into English, retitle, publish.
        await page.GetByLabel("Traduire en").SelectOptionAsync("en-US");
        await page.GetByRole(AriaRole.Button, new() { Name = "Traduire", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Traduction en en-US créée comme brouillon");
        await Expect(page.Locator("ul.translations a[hreflang='fr-FR']")).ToHaveTextAsync("Atelier programmé");
        await page.GetByLabel("Titre (obligatoire)").FillAsync("Scheduled workshop");
        await AdminPages.ScreenshotAsync(page, "translation", fullPage: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("« Scheduled workshop » est publié.");

        // The public page links its English version.
        var visitor = await context.NewPageAsync();
        await visitor.GotoAsync(Site.Url("/fiches-de-pratique/atelier-programme"));
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Atelier programmé");
        await visitor.Locator("p.translations a").ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Scheduled workshop");
        Assert.EndsWith("/fiches-de-pratique/atelier-programme-en", new Uri(visitor.Url).AbsolutePath, StringComparison.Ordinal);

        // A search that finds nothing shows on the dashboard, next to the charts.
        await visitor.GotoAsync(Site.Url("/search?q=drones+sous-marins"));
        await FlushSearchesAsync();
        await page.GotoAsync(Site.Url("/admin"));
        await Expect(page.Locator("#published-chart")).ToHaveAttributeAsync("data-chart-ready", "true");
        await Expect(page.Locator("#searches-chart")).ToHaveAttributeAsync("data-chart-ready", "true");
        await Expect(page.Locator("[aria-labelledby=unanswered-title] tbody")).ToContainTextAsync("drones sous-marins");
        await AdminPages.ScreenshotAsync(page, "dashboard-charts", fullPage: true);
        Assert.Empty(cspErrors);
    }

    [Fact]
    public async Task WorkflowPages_HaveNoSeriousOrCriticalViolation()
    {
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await AdminPages.LoginAsync(page, Site);
        await page.GotoAsync(Site.Url("/search?q=introuvable+ici"));
        await FlushSearchesAsync();

        // A refused schedule: the summary and the message next to the date.
        await page.GotoAsync(Site.Url("/admin/content/new/PracticeSheet"));
        await page.GetByLabel("Titre (obligatoire)").FillAsync("Sans date");
        await page.GetByText("Programmer la publication").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Programmer", Exact = true }).ClickAsync();
        await Expect(page.Locator("#schedule-at-error")).ToHaveTextAsync("Indiquez la date et l’heure de publication.");
        await AxeCheck.RunAsync(page, "refused schedule", problems);

        string[] pages = ["/admin", "/admin/content?status=scheduled", "/admin/content?untranslated=en-US", "/admin/content/4efus0proj0000000000000001/edit"];
        foreach (var url in pages)
        {
            await page.GotoAsync(Site.Url(url));
            await AxeCheck.RunAsync(page, url, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public void Dispose() => _site?.Dispose();

    private async Task FlushSearchesAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BufferedSearchLog>().FlushAsync();
    }

    private string ParisInHalfAnHour()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var later = TimeZoneInfo.ConvertTimeFromUtc(_clock.GetUtcNow().UtcDateTime.AddMinutes(30), paris);
        return later.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    }
}
