using Microsoft.Playwright;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>What an editor does in the admin, step by step, as a real user: by labels and button names.</summary>
public static class AdminPages
{
    public static async Task LoginAsync(IPage page, BrowserSite site, string userName = "admin", string password = BrowserSite.AdminPassword)
    {
        await page.GotoAsync(site.Url("/admin/login"));
        await page.GetByLabel("Nom d’utilisateur").FillAsync(userName);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
    }

    /// <summary>Types into the Trix editor that replaced the textarea <paramref name="inputId"/>: a bold phrase, then plain text.</summary>
    public static async Task TypeRichTextAsync(IPage page, string inputId, string bold, string plain)
    {
        var editor = page.Locator($"trix-editor[input='{inputId}']");
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync(bold);
        await page.Keyboard.PressAsync("Control+B");
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
