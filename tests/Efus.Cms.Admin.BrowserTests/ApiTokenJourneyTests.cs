using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>
/// An administrator makes an API token for an editor in the admin, an application uses it on /api/graphql to read
/// drafts, the administrator revokes it and the application gets 401.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ApiTokenJourneyTests(ChromiumFixture chromium) : IDisposable
{
    private const string Drafts = "{ cooperationProject(status: DRAFT) { displayText } cooperationProjectCount(status: LATEST) }";

    private readonly BrowserSite _site = new();

    [Fact]
    public async Task CreateToken_UseItForDrafts_RevokeIt_ThenTheApiAnswers401()
    {
        await _site.CreateUserAsync("edith", "Editor");
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = _site.BaseUrl });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        await AdminPages.LoginAsync(page, _site);

        await page.GetByRole(AriaRole.Link, new() { Name = "Jetons d’API" }).ClickAsync();
        await Expect(page.GetByText("Aucun jeton pour l’instant.")).ToBeVisibleAsync();
        await page.GetByLabel("Nom du jeton (l’application qui l’utilise)").FillAsync("lettre-information");
        await page.GetByLabel("Utilisateur au nom duquel il agit").SelectOptionAsync(new SelectOptionValue { Label = "edith" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le jeton" }).ClickAsync();

        var secret = (await page.Locator("#token-secret").TextContentAsync())!.Trim();
        Assert.StartsWith("efus_", secret, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Copier" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copié" })).ToBeVisibleAsync();
        Assert.Equal(secret, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "lettre-information" })).ToContainTextAsync("edith");
        await AdminPages.ScreenshotAsync(page, "tokens", fullPage: true);
        await AxeCheck.RunAsync(page, "API tokens", problems);

        using var application = new HttpClient();
        var allowed = await DraftsAsync(application, secret);
        Assert.True(allowed.Status == HttpStatusCode.OK, allowed.Body);
        Assert.Contains("\"cooperationProjectCount\":5", allowed.Body, StringComparison.Ordinal);

        await page.ReloadAsync();
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Révoquer le jeton « lettre-information »" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Révoquer le jeton « lettre-information » ?" })).ToBeVisibleAsync();
        await AxeCheck.RunAsync(page, "revoke a token", problems);
        await page.GetByRole(AriaRole.Button, new() { Name = "Oui, révoquer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le jeton « lettre-information » est révoqué");

        var refused = await DraftsAsync(application, secret);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Contains("UNAUTHENTICATED", refused.Body, StringComparison.Ordinal);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<(HttpStatusCode Status, string Body)> DraftsAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _site.Url("/api/graphql"))
        {
            Content = new StringContent($$"""{"query": "{{Drafts}}"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _site.Dispose();
}
