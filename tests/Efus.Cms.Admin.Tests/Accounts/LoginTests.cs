using System.Net;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Tests.Accounts;

public sealed class LoginTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task Admin_Anonymous_RedirectsToLoginWithReturnUrl()
    {
        using var client = _site.NewClient();

        var response = await client.Http.GetAsync(new Uri("/admin/content?type=Publication", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login?returnUrl=%2Fadmin%2Fcontent%3Ftype%3DPublication", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Login_RightPassword_GoesToReturnUrlWithAnHttpOnlyLaxCookie()
    {
        using var client = _site.NewClient();

        var response = await client.LoginAsync("admin", AdminSite.AdminPassword, returnUrl: "/admin/content");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/content", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Efus.Admin=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var dashboard = await client.GetPageAsync("/admin");
        Assert.Equal("Tableau de bord", dashboard.Text("h1"));
    }

    [Fact]
    public async Task Login_OverHttps_CookieIsSecure()
    {
        using var client = _site.NewClient();
        client.Http.BaseAddress = new Uri("https://localhost");

        var response = await client.LoginAsync("admin", AdminSite.AdminPassword);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Efus.Admin=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\t/evil.example")]
    public async Task Login_ExternalReturnUrl_GoesToTheDashboardInstead(string returnUrl)
    {
        using var client = _site.NewClient();

        var response = await client.LoginAsync("admin", AdminSite.AdminPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_WrongPassword_IsRefusedAndAudited()
    {
        using var client = _site.NewClient();

        var response = await client.LoginAsync("admin", "not-the-password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nom d’utilisateur ou mot de passe incorrect.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var events = await AuditAsync(AuditActions.LogInFailed);
        var failure = Assert.Single(events);
        Assert.Equal("admin", failure.UserName);
        Assert.DoesNotContain("not-the-password", failure.Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_UnknownAccount_RecordsNoTypedName()
    {
        using var client = _site.NewClient();

        await client.LoginAsync("Mot-de-passe-tapé-au-mauvais-endroit", "x");

        var failure = Assert.Single(await AuditAsync(AuditActions.LogInFailed));
        Assert.Null(failure.UserName);
        Assert.DoesNotContain("mauvais-endroit", failure.Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_FiveFailures_LockTheAccountEvenForTheRightPassword()
    {
        await _site.CreateUserAsync("marie", "Editor");
        using var client = _site.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync("marie", "wrong-password-" + i);
        }

        var response = await client.LoginAsync("marie", AdminSite.AdminPassword);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ce compte est verrouillé", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(await AuditAsync(AuditActions.LockedOut));
    }

    [Fact]
    public async Task Login_Succeeded_IsAudited()
    {
        using var client = await _site.LoginAsync();

        var entry = Assert.Single(await AuditAsync(AuditActions.LoggedIn));

        Assert.Equal("admin", entry.UserName);
    }

    [Fact]
    public async Task Logout_IsAPostThatEndsTheSession()
    {
        using var client = await _site.LoginAsync();
        var dashboard = await client.GetPageAsync("/admin");

        var response = await client.SubmitAsync(dashboard.Form("form[action='/admin/logout']"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_AreNeverCachedNorFramed()
    {
        using var client = await _site.LoginAsync();

        var page = await client.GetPageAsync("/admin/content");

        Assert.Contains("no-store", page.Response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("DENY", page.Response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", page.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Culture_SwitchToEnglish_TranslatesTheAdmin()
    {
        using var client = await _site.LoginAsync();
        var dashboard = await client.GetPageAsync("/admin");

        await client.SubmitAsync(dashboard.Form("form[action='/admin/culture']"), button: ("culture", "en"));
        var english = await client.GetPageAsync("/admin");

        Assert.Equal("Dashboard", english.Text("h1"));
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
    }

    private async Task<IReadOnlyList<AuditEvent>> AuditAsync(string action)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Action = action })).Events;
    }

    public void Dispose() => _site.Dispose();
}
