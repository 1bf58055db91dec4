using Microsoft.Playwright;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>Every admin page passes axe-core with no serious or critical violation.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium) : IDisposable
{
    private readonly BrowserSite _site = new();

    [Fact]
    public async Task EveryAdminPage_HasNoSeriousOrCriticalViolation()
    {
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await CheckAsync(page, "/admin/login", problems);
        await AdminPages.LoginAsync(page, _site);

        // A draft with a version history, so the versions, diff and conflict pages have content.
        await page.GotoAsync(_site.Url("/admin/content/4efus0proj0000000000000001/edit"));
        await page.GetByLabel("Coordinateur").FillAsync("Coordinateur modifié");
        // The form posts back to the page's own address: waiting for that address alone would not wait for the post.
        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).First, "**/edit", _site);
        await page.GotoAsync(_site.Url("/admin/content/4efus0proj0000000000000001/versions"));
        await PageWaits.ClickAndWaitForUrlAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Comparer les versions choisies" }), "**/diff**", _site);
        var diffUrl = new Uri(page.Url).PathAndQuery;
        await AdminPages.ScreenshotAsync(page, "diff");
        await page.GotoAsync(_site.Url("/admin/content/4efus0proj0000000000000001/versions"));
        await AdminPages.ScreenshotAsync(page, "versions");

        string[] pages =
        [
            "/admin", "/admin/content", "/admin/content?type=PracticeSheet&status=draft&q=zzz", "/admin/content/new/PracticeSheet",
            "/admin/content/new/ConferenceReport", "/admin/content/4efus0conf0000000000000001/edit", "/admin/content/4efus0proj0000000000000001/edit",
            "/admin/content/4efus0proj0000000000000001/versions", diffUrl, "/admin/content/4efus0proj0000000000000001/delete",
            "/admin/audit", "/admin/users", "/admin/account/password", "/admin/denied",
        ];
        foreach (var url in pages)
        {
            await CheckAsync(page, url, problems);
        }

        // A refused save: the error summary and the field messages.
        await page.GotoAsync(_site.Url("/admin/content/new/PracticeSheet"));
        await page.GetByLabel("Année").FillAsync("3000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#error-summary");
        await AdminPages.ScreenshotAsync(page, "errors");
        await CheckCurrentAsync(page, "refused save", problems);

        // The same pages in English.
        await page.GotoAsync(_site.Url("/admin"));
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await CheckAsync(page, "/admin/content/4efus0proj0000000000000001/edit", problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task CheckAsync(IPage page, string url, List<string> problems)
    {
        await page.GotoAsync(_site.Url(url));
        await CheckCurrentAsync(page, url, problems);
    }

    private static Task CheckCurrentAsync(IPage page, string name, List<string> problems) => AxeCheck.RunAsync(page, name, problems);

    public void Dispose() => _site.Dispose();
}
