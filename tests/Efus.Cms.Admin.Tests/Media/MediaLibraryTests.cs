using System.Net;
using System.Text;
using System.Text.Json;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Tests.Media;

public sealed class MediaLibraryTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task Upload_SeveralFiles_StoresThemUnderSafeNamesAndRecordsWhoDidIt()
    {
        using var client = await _site.LoginAsync();

        var response = await MediaUploads.UploadAsync(client, "", ("Rapport d’activité 2025.pdf", MediaUploads.Pdf), ("../../etc/Logo.png", MediaUploads.Png));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var paths = (await ListAsync()).Select(f => f.Path).ToList();
        Assert.Contains("rapport-d-activite-2025.pdf", paths);
        Assert.Contains("logo.png", paths);
        var audit = await AuditAsync(AuditActions.MediaUploaded);
        Assert.Equal(["logo.png", "rapport-d-activite-2025.pdf"], audit.Select(e => e.Details).Order());
        Assert.All(audit, e => Assert.Equal("admin", e.UserName));
        var library = await client.GetPageAsync("/admin/media");
        Assert.Contains("rapport-d-activite-2025.pdf", library.Text("table.media-files"));
    }

    [Fact]
    public async Task Upload_ContentNotMatchingItsName_IsRefusedInFrenchAndNothingIsStored()
    {
        using var client = await _site.LoginAsync();
        var svgWithScript = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        var response = await MediaUploads.UploadAsync(client, "",
            ("photo.pdf", MediaUploads.Png), ("logo.svg", svgWithScript), ("page.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AdminClient.Page.ParseAsync("/admin/media", response, await response.Content.ReadAsStringAsync());
        var summary = page.Text("#error-summary")!;
        Assert.Contains("L’extension de « photo.pdf » ne correspond pas à son contenu", summary, StringComparison.Ordinal);
        Assert.Contains("« logo.svg » est un SVG qui contient du script", summary, StringComparison.Ordinal);
        Assert.Contains("« page.pdf » n’est ni un PDF ni une image", summary, StringComparison.Ordinal);
        Assert.Empty(await ListAsync());
        Assert.Empty(await AuditAsync(AuditActions.MediaUploaded));
    }

    [Fact]
    public async Task Upload_LargerThanTheConfiguredLimit_IsRefusedWithTheLimit()
    {
        using var limited = _site.WithWebHostBuilder(b => b.UseSetting("Cms:Media:MaxFileBytes", "50"));
        using var client = new AdminClient(limited.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        await client.LoginAsync("admin", AdminSite.AdminPassword);

        var response = await MediaUploads.UploadAsync(client, "", ("gros.pdf", MediaUploads.Pdf));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("« gros.pdf » dépasse la taille permise (50 o).", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateFolder_ThenUploadIntoIt_KeepsTheFileInTheFolder()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/media");

        var created = await client.SubmitAsync(page.Form("form[action*='handler=Folder']"), new() { ["NewFolder"] = ["Rapports annuels"] });
        var upload = await MediaUploads.UploadAsync(client, "rapports-annuels", ("bilan.pdf", MediaUploads.Pdf));

        Assert.Equal("/admin/media?folder=rapports-annuels", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal(["rapports-annuels/bilan.pdf"], (await ListAsync()).Select(f => f.Path));
        var root = await client.GetPageAsync("/admin/media");
        Assert.Contains("rapports-annuels", root.Text(".media-folders"));
    }

    [Theory]
    [InlineData("/admin/media?folder=..%2F..%2Fetc")]
    [InlineData("/admin/media?folder=absent")]
    [InlineData("/admin/media/delete?path=..%2Fefus.db")]
    [InlineData("/admin/media/delete?path=absent.pdf")]
    public async Task Pages_PathOutsideTheLibraryOrMissing_AreNotFound(string url)
    {
        using var client = await _site.LoginAsync();

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Delete_FileUsedByAnItem_WarnsWithTheItemThenDeletesAndRecordsIt()
    {
        using var client = await _site.LoginAsync();
        await MediaUploads.UploadAsync(client, "", ("annexe.pdf", MediaUploads.Pdf));
        var id = await ContentForms.CreatePracticeSheetAsync(client, "Fiche avec annexe", extra: new() { ["c.PracticeSheet.Attachments"] = ["annexe.pdf"] });

        var confirm = await client.GetPageAsync("/admin/media/delete?path=annexe.pdf");
        var deleted = await client.SubmitAsync(confirm.Form("form.inline-actions"));

        Assert.Contains("utilisé par 1 contenu", confirm.Text("#used-by"), StringComparison.Ordinal);
        Assert.NotNull(confirm.Document.QuerySelector($"#used-by a[href='/admin/content/{id}/edit']"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await ListAsync());
        Assert.Equal("annexe.pdf", Assert.Single(await AuditAsync(AuditActions.MediaDeleted)).Details);
    }

    [Fact]
    public async Task Move_RenamesIntoAnotherFolderKeepingTheExtensionAndRecordsIt()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/media");
        await client.SubmitAsync(page.Form("form[action*='handler=Folder']"), new() { ["NewFolder"] = ["Archives"] });
        await MediaUploads.UploadAsync(client, "", ("brouillon.pdf", MediaUploads.Pdf));

        var move = await client.GetPageAsync("/admin/media/move?path=brouillon.pdf");
        var moved = await client.SubmitAsync(move.Form("form.stack"), new() { ["NewName"] = ["Version définitive.exe"], ["TargetFolder"] = ["archives"] });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["archives/version-definitive.pdf"], (await ListAsync()).Select(f => f.Path));
        Assert.Equal("brouillon.pdf → archives/version-definitive.pdf", Assert.Single(await AuditAsync(AuditActions.MediaMoved)).Details);
    }

    [Fact]
    public async Task Move_OntoATakenNameOrOutsideTheLibrary_IsRefusedAndChangesNothing()
    {
        using var client = await _site.LoginAsync();
        await MediaUploads.UploadAsync(client, "", ("a.pdf", MediaUploads.Pdf), ("b.pdf", MediaUploads.Pdf));
        var move = await client.GetPageAsync("/admin/media/move?path=a.pdf");

        var taken = await client.SubmitAsync(move.Form("form.stack"), new() { ["NewName"] = ["b.pdf"] });
        var outside = await client.SubmitAsync(move.Form("form.stack"), new() { ["TargetFolder"] = ["../.."] });

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("Un fichier porte déjà ce nom dans ce dossier.", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal(["a.pdf", "b.pdf"], (await ListAsync()).Select(f => f.Path).Order());
    }

    [Fact]
    public async Task MediaPicker_UploadInPlaceThenSave_KeepsOrchardsMediaFieldShape()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/content/new/PracticeSheet");
        var token = page.Document.QuerySelector("#content-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var upload = await MediaUploads.UploadJsonAsync(client, token, "Évaluation finale.pdf", MediaUploads.Pdf);
        var path = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("path").GetString()!;
        var id = await ContentForms.CreatePracticeSheetAsync(client, "Fiche évaluée", extra: new() { ["c.PracticeSheet.Attachments"] = [path] });

        Assert.Equal("evaluation-finale.pdf", path);
        var field = (await _site.GetAsync(id))!.Field("PracticeSheet", "Attachments")!;
        Assert.Equal("""{"Paths":["evaluation-finale.pdf"],"MediaTexts":[""]}""", field.ToJsonString());
        var edit = await client.GetPageAsync($"/admin/content/{id}/edit");
        Assert.NotNull(edit.Document.QuerySelector("input[name='c.PracticeSheet.Attachments'][value='evaluation-finale.pdf'][checked]"));
    }

    [Fact]
    public async Task MediaPicker_UploadOfAnUnsafeFile_AnswersAFrenchErrorAsJson()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/content/new/PracticeSheet");
        var token = page.Document.QuerySelector("#content-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var upload = await MediaUploads.UploadJsonAsync(client, token, "faux.pdf", MediaUploads.Png);

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Contains("ne correspond pas à son contenu", JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Contributor_MayUploadButNotDelete()
    {
        await _site.CreateUserAsync("paul", "Contributor");
        using var client = await _site.LoginAsync("paul");

        var upload = await MediaUploads.UploadAsync(client, "", ("note.pdf", MediaUploads.Pdf));
        var delete = await client.Http.GetAsync(new Uri("/admin/media/delete?path=note.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Contains("/admin/denied", delete.Headers.Location?.OriginalString ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Single(await ListAsync());
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = await _site.LoginAsync();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(MediaUploads.Pdf), "files", "a.pdf" } };

        var response = await client.Http.PostAsync(new Uri("/admin/media?handler=Upload", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await ListAsync());
    }

    public void Dispose() => _site.Dispose();

    private async Task<IReadOnlyList<MediaFileInfo>> ListAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediaStore>().ListAsync();
    }

    private async Task<IReadOnlyList<AuditEvent>> AuditAsync(string action)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Action = action })).Events;
    }
}
