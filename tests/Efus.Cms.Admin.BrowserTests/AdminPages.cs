using Microsoft.Playwright;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>What an editor does in the admin, step by step, as a real user: by labels and button names.</summary>
public static class AdminPages
{
    /// <summary>
    /// Signs in and waits for the dashboard: a page visited before the login's redirect arrived would cancel
    /// it, and with it the cookie.
    /// </summary>
    public static async Task LoginAsync(IPage page, BrowserSite site, string userName = "admin", string password = BrowserSite.AdminPassword) =>
        await PageWaits.ClickAndWaitForUrlAsync(page, await FillLoginAsync(page, site, userName, password), "**/admin", site);

    /// <summary>Submits the login form and waits for the page it answers (a refusal stays on the login page).</summary>
    public static async Task SubmitLoginAsync(IPage page, BrowserSite site, string userName, string password) =>
        await PageWaits.ClickAndWaitForUrlAsync(page, await FillLoginAsync(page, site, userName, password), "**/admin/login**", site);

    private static async Task<ILocator> FillLoginAsync(IPage page, BrowserSite site, string userName, string password)
    {
        await page.GotoAsync(site.Url("/admin/login"));
        await page.GetByLabel("Nom d’utilisateur").FillAsync(userName);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        return page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" });
    }

    /// <summary>
    /// Types into the Trix editor that replaced the textarea <paramref name="inputId"/>: a phrase made bold
    /// with the toolbar's Bold button (pressed again to stop), then plain text.
    /// </summary>
    public static async Task TypeRichTextAsync(IPage page, string inputId, string bold, string plain)
    {
        var editor = page.Locator($"trix-editor[input='{inputId}']");
        await editor.ClickAsync();
        var bolder = page.Locator($"#{await editor.GetAttributeAsync("toolbar")} button[data-trix-attribute='bold']");
        await bolder.ClickAsync();
        await page.Keyboard.TypeAsync(bold);
        await bolder.ClickAsync();
        await Assertions.Expect(bolder).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("trix-active"));
        await page.Keyboard.TypeAsync(plain);
    }

    public static string ScreenshotFolder()
    {
        // EFUS_UPDATE_SCREENSHOTS=1 refreshes the guide's pictures in docs/screenshots; otherwise they go next to the test output.
        if (Environment.GetEnvironmentVariable("EFUS_UPDATE_SCREENSHOTS") == "1")
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Efus.Cms.sln")))
                {
                    return Directory.CreateDirectory(Path.Combine(folder.FullName, "docs", "screenshots")).FullName;
                }
            }
        }

        return Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
    }

    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder(), $"admin-{name}.png"), FullPage = fullPage });
}
