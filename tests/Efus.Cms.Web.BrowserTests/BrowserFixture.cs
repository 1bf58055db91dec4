using Microsoft.Playwright;

namespace Efus.Cms.Web.BrowserTests;

/// <summary>
/// One site and one Debian Chromium for a test class. The site is seeded once and only read by the
/// tests; each test opens its own browser context (cookies and storage are not shared).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    private IPlaywright? _playwright;

    public KestrelSite Site { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public async Task InitializeAsync()
    {
        Site = new KestrelSite();
        await Site.SeedPracticeSheetAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A fresh context: French visitor, given viewport width, CSP bypassed only when a test injects axe.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool bypassCsp = false, string locale = "fr-FR")
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Site.BaseUrl,
            Locale = locale,
            ViewportSize = new() { Width = width, Height = height },
            BypassCSP = bypassCsp,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Site?.Dispose();
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Efus.Cms.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Efus.Cms.sln not found above the test assembly.");
    }
}
