namespace Efus.Cms.Web.BrowserTests;

/// <summary>Full-page screenshots at desktop (1280) and phone (390) widths, written to <c>docs/screenshots/</c>.</summary>
public sealed class ScreenshotTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("home", "/")]
    [InlineData("listing-practice-sheets", "/fiches-de-pratique?city=Lyon")]
    [InlineData("listing-projects", "/projets")]
    [InlineData("practice-sheet", "/fiches-de-pratique/mediateurs-numeriques-lyon")]
    [InlineData("project", "/projets/citoyens-villes-et-videosurveillance")]
    [InlineData("publication", "/publications/citoyens-villes-et-videosurveillance")]
    [InlineData("conference", "/conferences/securite-democratie-et-villes-2024")]
    [InlineData("theme", "/themes/videosurveillance")]
    [InlineData("search", "/search?q=vid%C3%A9osurveillance")]
    [InlineData("not-found", "/nulle-part")]
    public async Task Page_AtDesktopAndPhoneWidths_IsCaptured(string name, string path)
    {
        var folder = Directory.CreateDirectory(Path.Combine(BrowserFixture.RepositoryRoot, "docs", "screenshots")).FullName;
        foreach (var (width, suffix) in new[] { (1280, "desktop"), (390, "phone") })
        {
            var page = await fixture.NewPageAsync(width, height: 844);
            var response = await page.GotoAsync(path);
            var file = Path.Combine(folder, $"{name}-{suffix}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });

            Assert.NotNull(response);
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
            await page.Context.CloseAsync();
        }
    }
}
