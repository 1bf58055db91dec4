using System.Net;
using Efus.Cms.Admin.Tests.Infrastructure;

namespace Efus.Cms.Admin.Tests.Accounts;

public sealed class PasswordTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task ChangePassword_WithTheCurrentOne_TheNewOneSignsIn()
    {
        await _site.CreateUserAsync("lea", "Author");
        using var client = await _site.LoginAsync("lea");
        var page = await client.GetPageAsync("/admin/account/password");

        var response = await client.SubmitAsync(page.Form("form.stack"), new()
        {
            ["CurrentPassword"] = [AdminSite.AdminPassword],
            ["NewPassword"] = ["Un-Nouveau-Mot-2026"],
            ["ConfirmPassword"] = ["Un-Nouveau-Mot-2026"],
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var other = _site.NewClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await other.LoginAsync("lea", AdminSite.AdminPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.LoginAsync("lea", "Un-Nouveau-Mot-2026")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrent_SaysSoInFrench()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/account/password");

        var response = await client.SubmitAsync(page.Form("form.stack"), new()
        {
            ["CurrentPassword"] = ["wrong"],
            ["NewPassword"] = ["Un-Nouveau-Mot-2026"],
            ["ConfirmPassword"] = ["Un-Nouveau-Mot-2026"],
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Le mot de passe actuel est incorrect.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorReset_GivesAGeneratedPasswordShownOnceAndUnlocks()
    {
        var id = await _site.CreateUserAsync("paul", "Editor");
        using (var locked = _site.NewClient())
        {
            for (var i = 0; i < 5; i++)
            {
                await locked.LoginAsync("paul", "wrong-" + i);
            }
        }

        using var admin = await _site.LoginAsync();
        var page = await admin.GetPageAsync($"/admin/users/{id}");
        Assert.Contains("verrouillé", page.Html, StringComparison.Ordinal);

        var response = await admin.SubmitAsync(page.Form("form[action$='handler=ResetPassword']"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await AdminClient.Page.ParseAsync($"/admin/users/{id}", response, html);
        var password = shown.Text("code.secret");
        Assert.False(string.IsNullOrEmpty(password));
        using var paul = _site.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await paul.LoginAsync("paul", password!)).StatusCode);
    }

    [Fact]
    public async Task CreateAccount_FromTheUsersPage_HasTheRoleAndAGeneratedPassword()
    {
        using var admin = await _site.LoginAsync();
        var page = await admin.GetPageAsync("/admin/users");

        var response = await admin.SubmitAsync(page.Form("form[action$='handler=Create']"), new()
        {
            ["NewUserName"] = ["nadia"],
            ["NewRole"] = ["Contributor"],
        });
        var shown = await AdminClient.Page.ParseAsync("/admin/users", response, await response.Content.ReadAsStringAsync());

        using var nadia = _site.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await nadia.LoginAsync("nadia", shown.Text("code.secret")!)).StatusCode);
        Assert.Contains("Contributor", shown.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersPage_NotForEditors()
    {
        await _site.CreateUserAsync("marc", "Editor");
        using var client = await _site.LoginAsync("marc");

        var response = await client.Http.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();
}
