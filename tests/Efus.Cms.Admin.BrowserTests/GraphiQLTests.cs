using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>GraphiQL in the admin, under the page's real content security policy, runs a query with the editor's cookie.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class GraphiQLTests(ChromiumFixture chromium) : IDisposable
{
    private static readonly string _axe = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    private readonly BrowserSite _site = new();

    [Fact]
    public async Task GraphiQL_AsAdministrator_RunsTheDefaultQueryUnderTheCsp()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            // The admin has no favicon; the browser's automatic request for one is not the page's doing.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                consoleErrors.Add(message.Text + " " + message.Location);
            }
        };
        await AdminPages.LoginAsync(page, _site);

        await page.GetByRole(AriaRole.Link, new() { Name = "GraphiQL" }).ClickAsync();
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        await page.Locator(".graphiql-execute-button").ClickAsync();

        var result = page.Locator(".result-window");
        await Expect(result).ToContainTextAsync("\"cooperationProjectCount\": 5");
        await Expect(result).ToContainTextAsync("CCI – Cutting Crime Impact");
        await Expect(result).ToContainTextAsync("\"practiceSheetCount\": 0");
        await AdminPages.ScreenshotAsync(page, "graphiql");
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task GraphiQL_Author_WithExecuteGraphQL_SeesIt_AndThePageHasNoSeriousAccessibilityViolationOutsideTheWidget()
    {
        // GraphiQL follows ExecuteGraphQL (the setup recipe gives it to everyone); the refusal is tested in GraphiQLAccessTests.
        await _site.CreateUserAsync("auteur", "Author");
        await using (var authorContext = await chromium.NewContextAsync())
        {
            var author = await authorContext.NewPageAsync();
            await AdminPages.LoginAsync(author, _site, "auteur");
            await Expect(author.GetByRole(AriaRole.Link, new() { Name = "GraphiQL" })).ToHaveCountAsync(1);
            var opened = await author.GotoAsync(_site.Url("/admin/graphiql"));
            Assert.Equal(200, opened!.Status);
        }

        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var page = await context.NewPageAsync();
        await AdminPages.LoginAsync(page, _site);
        await page.GotoAsync(_site.Url("/admin/graphiql"));
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        await page.AddScriptTagAsync(new() { Path = _axe });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const result = await axe.run({ exclude: [['#graphiql']] }, { resultTypes: ['violations'] });
                return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        Assert.True(violations.GetArrayLength() == 0, violations.ToString());
    }

    public void Dispose() => _site.Dispose();
}
