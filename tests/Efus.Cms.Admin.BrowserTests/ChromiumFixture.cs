using Microsoft.Playwright;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright (no downloaded browser): launched once for the whole
/// collection. A missing /usr/bin/chromium fails the tests, it never skips them.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium package (.ci/run does).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>A fresh browser profile (cookies, storage) in French, at a laptop's size.</summary>
    public Task<IBrowserContext> NewContextAsync(bool bypassCsp = false) => Browser.NewContextAsync(new()
    {
        Locale = "fr-FR",
        ViewportSize = new() { Width = 1280, Height = 900 },
        // axe is injected as an inline script, which the admin's policy rightly forbids.
        BypassCSP = bypassCsp,
    });
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
