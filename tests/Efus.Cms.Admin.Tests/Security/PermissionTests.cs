using System.Net;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Tests.Security;

public sealed class PermissionTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task Author_PublishesTheirOwnItem()
    {
        await _site.CreateUserAsync("auteur", "Author");
        using var author = await _site.LoginAsync("auteur");

        var id = await ContentForms.CreatePracticeSheetAsync(author, "Ma fiche", publish: true);

        Assert.NotNull(await _site.GetAsync(id, VersionOptions.Published));
    }

    [Fact]
    public async Task Author_CannotPublishAnothersItem()
    {
        await _site.CreateUserAsync("auteur", "Author");
        await _site.CreateUserAsync("autre", "Author");
        using var other = await _site.LoginAsync("autre");
        using var author = await _site.LoginAsync("auteur");
        var id = await ContentForms.CreatePracticeSheetAsync(other, "La fiche d’un autre");
        var ownForm = await author.GetPageAsync("/admin/content/new/PracticeSheet");

        // The form of another page, posted to the other author's item: the server checks ownership, not the buttons shown.
        var response = await author.SubmitAsync(ownForm.ContentForm, ContentForms.PracticeSheet("Détournée"), formAction: $"/admin/content/{id}/edit?handler=Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(await _site.GetAsync(id, VersionOptions.Published));
        Assert.Equal("La fiche d’un autre", (await _site.GetAsync(id))!.DisplayText);
        Assert.Equal(HttpStatusCode.Redirect, (await author.Http.GetAsync(new Uri($"/admin/content/{id}/delete", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Author_CannotEditRecipeItemsOwnedByNobody_ButAnEditorCan()
    {
        await _site.CreateUserAsync("auteur", "Author");
        await _site.CreateUserAsync("editrice", "Editor");
        using var author = await _site.LoginAsync("auteur");
        using var editor = await _site.LoginAsync("editrice");

        Assert.Equal(HttpStatusCode.Redirect, (await author.Http.GetAsync(new Uri($"/admin/content/{Ids.Surveille}/edit", UriKind.Relative))).StatusCode);
        var page = await editor.GetPageAsync($"/admin/content/{Ids.Surveille}/edit");
        var response = await editor.SubmitAsync(page.ContentForm, new() { ["c.CooperationProject.Acronym"] = ["SURVEILLE"] }, formAction: "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/content/" + Ids.Surveille + "/edit", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Contributor_DraftsButCannotPublishAtAll()
    {
        await _site.CreateUserAsync("contrib", "Contributor");
        using var contributor = await _site.LoginAsync("contrib");

        var id = await ContentForms.CreatePracticeSheetAsync(contributor, "Proposition");
        var page = await contributor.GetPageAsync($"/admin/content/{id}/edit");
        Assert.Null(page.Document.QuerySelector("button[formaction='?handler=Publish']"));
        var publish = await contributor.SubmitAsync(page.ContentForm, formAction: "?handler=Publish");
        var newPage = await contributor.GetPageAsync("/admin/content/new/PracticeSheet");
        var createPublished = await contributor.SubmitAsync(newPage.ContentForm, ContentForms.PracticeSheet("Publiée d’office"), formAction: "?handler=Publish");

        Assert.StartsWith("/admin/denied", publish.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/denied", createPublished.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(await _site.GetAsync(id, VersionOptions.Published));
        Assert.Equal(1, (await _site.WithContentAsync(m => m.QueryAsync(new ContentQuery { ContentTypes = ["PracticeSheet"], Status = ContentStatus.All }))).Total);
    }

    [Fact]
    public async Task Posts_WithoutAntiforgeryToken_AreRefused()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync($"/admin/content/{Ids.Surveille}/edit");
        var fields = AdminClient.FormFields(page.ContentForm).Where(f => f.Key != "__RequestVerificationToken").ToList();

        var edit = await client.Http.PostAsync(new Uri($"/admin/content/{Ids.Surveille}/edit?handler=Publish", UriKind.Relative), new FormUrlEncodedContent(fields));
        using var anonymous = _site.NewClient();
        var login = await anonymous.Http.PostAsync(new Uri("/admin/login", UriKind.Relative),
            new FormUrlEncodedContent([new("userName", "admin"), new("password", AdminSite.AdminPassword)]));

        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.DoesNotContain(login.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("Efus.Admin=", StringComparison.Ordinal));
    }

    public void Dispose() => _site.Dispose();
}
