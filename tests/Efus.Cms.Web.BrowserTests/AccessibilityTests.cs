using System.Text.Json;
using Microsoft.Playwright;

namespace Efus.Cms.Web.BrowserTests;

/// <summary>axe-core on every kind of page: no serious or critical violation of WCAG 2.1 A/AA.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string _axePath = Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js");

    [Theory]
    [InlineData("/")]
    [InlineData("/fiches-de-pratique")]
    [InlineData("/projets")]
    [InlineData("/publications")]
    [InlineData("/conferences")]
    [InlineData("/fiches-de-pratique/mediateurs-numeriques-lyon")]
    [InlineData("/projets/citoyens-villes-et-videosurveillance")]
    [InlineData("/publications/citoyens-villes-et-videosurveillance")]
    [InlineData("/conferences/securite-democratie-et-villes-2024")]
    [InlineData("/technologie-et-securite-urbaine")]
    [InlineData("/themes/videosurveillance")]
    [InlineData("/search?q=vid%C3%A9osurveillance")]
    [InlineData("/nulle-part")]
    public async Task Page_AtDesktopAndPhoneWidths_HasNoSeriousOrCriticalViolations(string path)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            // CSP is bypassed only so that axe itself can be injected; the site's pages never need it.
            var page = await fixture.NewPageAsync(width, bypassCsp: true);
            await page.GotoAsync(path);
            await page.AddScriptTagAsync(new() { Path = _axePath });
            var json = await page.EvaluateAsync<JsonElement>(
                "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })).violations" +
                ".map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))");
            var serious = json.EnumerateArray()
                .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) at {v.GetProperty("nodes")}")
                .ToList();

            Assert.True(serious.Count == 0, $"{path} at {width}px: {string.Join("; ", serious)}");
            await page.Context.CloseAsync();
        }
    }
}
