using System.Text.Json;
using Microsoft.Playwright;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>axe-core on the current page (the context must bypass the CSP, axe being injected inline): serious and critical violations only.</summary>
public static class AxeCheck
{
    private static readonly string _axe = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    public static async Task RunAsync(IPage page, string name, List<string> problems)
    {
        await page.AddScriptTagAsync(new() { Path = _axe });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const result = await axe.run(document, { resultTypes: ['violations'] });
                return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        foreach (var violation in violations.EnumerateArray())
        {
            problems.Add($"{name}: {violation.GetString()}");
        }
    }
}
