using System.Text.Json;
using Microsoft.Playwright;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>axe-core on the current page: its serious and critical violations, one line each (the context must bypass the CSP).</summary>
public static class AxeChecks
{
    private static readonly string _axe = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    public static async Task CheckAsync(IPage page, string name, List<string> problems)
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
