using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Security.Tokens;

namespace Efus.Cms.Admin.Tests.Api;

/// <summary>/admin/tokens: Administrator only; a token for any user, its secret shown once; revocation after confirmation; the audit trail without the secret.</summary>
public sealed class ApiTokenPageTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task Administrator_CreatesATokenForAnotherUser_UsesIt_ThenRevokesIt()
    {
        var editorId = await _site.CreateUserAsync("edith", "Editor");
        using var admin = await _site.LoginAsync();
        var page = await admin.GetPageAsync("/admin/tokens");

        var created = await admin.SubmitAsync(page.Form("form[action*='handler=Create']"), new() { ["NewName"] = ["lettre-information"], ["NewUserId"] = [editorId] });
        var answer = await AdminClient.Page.ParseAsync("/admin/tokens", created, await created.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var secret = answer.Text("#token-secret")!;
        Assert.StartsWith(ApiTokenService.SecretPrefix, secret, StringComparison.Ordinal);
        Assert.NotNull(answer.Document.QuerySelector("button[data-copy='token-secret']"));
        var row = answer.Document.QuerySelectorAll("tbody tr").Single();
        Assert.Equal("lettre-information", row.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("edith", row.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("jamais", row.QuerySelectorAll("td")[2].TextContent.Trim());
        // Shown once: the list never carries it again.
        Assert.DoesNotContain(secret, await (await admin.Http.GetAsync(new Uri("/admin/tokens", UriKind.Relative))).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var api = _site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await DraftsAsync(api, secret)).StatusCode);
        Assert.Equal(editorId, (await _site.WithServiceAsync<ApiTokenService, IReadOnlyList<ApiToken>>(t => t.ListAsync())).Single().UserId);

        var confirm = await admin.GetPageAsync("/admin/tokens/revoke?name=lettre-information");
        Assert.Contains("lettre-information", confirm.Text("h1"), StringComparison.Ordinal);
        var revoked = await admin.SubmitAsync(confirm.Form("form.inline-actions"));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await DraftsAsync(api, secret)).StatusCode);

        var journal = await admin.GetPageAsync("/admin/audit?action=TokenCreated");
        Assert.Contains("lettre-information (edith)", journal.Html, StringComparison.Ordinal);
        Assert.Single((await admin.GetPageAsync("/admin/audit?action=TokenRevoked")).Document.QuerySelectorAll("tbody tr"));
        Assert.DoesNotContain(secret[5..], journal.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BadNameOrNoUserOrTakenName_IsAFrenchErrorNextToTheField_AndCreatesNothing()
    {
        var editorId = await _site.CreateUserAsync("edith", "Editor");
        using var admin = await _site.LoginAsync();
        var page = await admin.GetPageAsync("/admin/tokens");
        var form = page.Form("form[action*='handler=Create']");
        await admin.SubmitAsync(form, new() { ["NewName"] = ["app"], ["NewUserId"] = [editorId] });

        var badName = await admin.SubmitAsync(form, new() { ["NewName"] = ["a b"], ["NewUserId"] = [editorId] });
        var noUser = await admin.SubmitAsync(form, new() { ["NewName"] = ["autre"], ["NewUserId"] = [""] });
        var taken = await admin.SubmitAsync(form, new() { ["NewName"] = ["app"], ["NewUserId"] = [editorId] });

        Assert.All(new[] { badName, noUser, taken }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("id=\"NewName-error\"", await badName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Choisissez l’utilisateur", await noUser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Un jeton porte déjà le nom « app »", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["app"], (await _site.WithServiceAsync<ApiTokenService, IReadOnlyList<ApiToken>>(t => t.ListAsync())).Select(t => t.Name));
    }

    [Fact]
    public async Task Editor_IsDenied_TheTokenPages()
    {
        await _site.CreateUserAsync("edith", "Editor");
        using var editor = await _site.LoginAsync("edith");

        var list = await editor.Http.GetAsync(new Uri("/admin/tokens", UriKind.Relative));
        var dashboard = await editor.GetPageAsync("/admin");

        Assert.StartsWith("/admin/denied", list.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(dashboard.Document.QuerySelector("a[href='/admin/tokens']"));
    }

    private static async Task<HttpResponseMessage> DraftsAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = new StringContent("{ cooperationProjectCount(status: DRAFT) }", Encoding.UTF8, "application/graphql"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    public void Dispose() => _site.Dispose();
}
