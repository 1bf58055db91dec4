using System.Net;
using Efus.Cms.Admin.Recipes;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Tests.Structure;

/// <summary>
/// An uploaded recipe is copied to one temporary file in the data folder's uploads folder, never held whole in
/// memory; the dry run and the import read it from there, and nothing of it is left once it is imported,
/// refused, failed, or left waiting too long.
/// </summary>
public sealed class RecipeUploadFileTests
{
    private const string PageId = "4efus0page00000000000upld1";

    private static readonly string _recipe = """
        {
          "name": "Ajout",
          "steps": [
            {"name": "content", "data": [
              {"ContentItemId": "@id", "ContentType": "Page", "DisplayText": "Page téléversée", "Latest": true, "Published": true,
               "TitlePart": {"Title": "Page téléversée"}, "AutoroutePart": {"Path": "page-televersee"}}
            ]}
          ]
        }
        """.Replace("@id", PageId, StringComparison.Ordinal);

    [Fact]
    public async Task Upload_WaitsInOneTemporaryFile_ThatTheConfirmedImportReadsAndDeletes()
    {
        using var site = new AdminSite();
        using var client = await site.LoginAsync();

        var checkedRun = await RecipeForms.UploadAsync(client, _recipe);
        var report = await RecipeForms.FinishedAsync(client, checkedRun.Headers.Location!.OriginalString);

        var waiting = Assert.Single(UploadedFiles(site));
        Assert.Equal(_recipe, await File.ReadAllTextAsync(waiting));
        var imported = await client.SubmitAsync(report.Form("main form[method=post]"));
        var done = await RecipeForms.FinishedAsync(client, imported.Headers.Location!.OriginalString);
        Assert.Contains("1 créés", done.Text("p.flash"), StringComparison.Ordinal);
        Assert.Equal("Page téléversée", (await site.GetAsync(PageId, VersionOptions.Published))!.DisplayText);
        Assert.Empty(UploadedFiles(site));
    }

    [Fact]
    public async Task Import_OfOneDryRunPressedTwice_RunsOnce_TheSecondIsRefused()
    {
        using var site = new AdminSite();
        using var client = await site.LoginAsync();
        var checkedRun = await RecipeForms.UploadAsync(client, _recipe);
        var report = await RecipeForms.FinishedAsync(client, checkedRun.Headers.Location!.OriginalString);
        var form = report.Form("main form[method=post]");

        var first = await client.SubmitAsync(form);
        var second = await client.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var refusal = await AdminClient.Page.ParseAsync("/admin/recipes", second, await second.Content.ReadAsStringAsync());
        Assert.Contains("Cet essai n’est plus disponible", refusal.Text("#recipe-error"), StringComparison.Ordinal);
        await RecipeForms.FinishedAsync(client, first.Headers.Location!.OriginalString);
        Assert.Empty(UploadedFiles(site));
    }

    [Theory]
    [InlineData("{\"name\": \"x\",\n \"steps\": [ {\"name\": \"content\" ")]
    [InlineData("{\"name\": \"x\", \"steps\": [{\"name\": \"layers\"}]}")]
    public async Task Upload_RefusedOnTheForm_LeavesNoFile(string json)
    {
        using var site = new AdminSite();
        using var client = await site.LoginAsync();

        var response = await RecipeForms.UploadAsync(client, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(UploadedFiles(site));
    }

    [Fact]
    public async Task DryRun_ThatFails_LeavesNoFile()
    {
        using var site = new AdminSite();
        using var client = await site.LoginAsync();

        var response = await RecipeForms.UploadAsync(client, _recipe.Replace("\"ContentType\": \"Page\"", "\"ContentType\": \"Inconnu\"", StringComparison.Ordinal));
        var page = await RecipeForms.FinishedAsync(client, response.Headers.Location!.OriginalString);

        Assert.Contains("Étape 1 « content »", page.Text("#error-summary"), StringComparison.Ordinal);
        Assert.Empty(UploadedFiles(site));
    }

    [Fact]
    public async Task Upload_OverTheRecipeLimit_IsRefusedOnTheForm_AndLeavesNoFile()
    {
        // Above the setup recipe (80 KB), below this upload.
        using var site = new AdminSite(settings: new Dictionary<string, string?> { ["Cms:Recipes:MaxFileSize"] = "200000" });
        using var client = await site.LoginAsync();
        var large = _recipe.Replace("\"name\": \"Ajout\",", $"\"name\": \"Ajout\", \"description\": \"{new string('x', 300_000)}\",", StringComparison.Ordinal);

        var response = await RecipeForms.UploadAsync(client, large);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AdminClient.Page.ParseAsync("/admin/recipes", response, await response.Content.ReadAsStringAsync());
        Assert.Contains("over the 195.3 KB limit", page.Text("#recipe-error"), StringComparison.Ordinal);
        Assert.Empty(UploadedFiles(site));
        Assert.Null(await site.GetAsync(PageId));
    }

    [Fact]
    public async Task DryRun_LeftWaitingPastTheLimit_IsDeletedAtTheNextUpload_AndCanNoLongerBeImported()
    {
        var clock = new MovableClock();
        using var site = new AdminSite(clock);
        using var client = await site.LoginAsync();
        var forgotten = await RecipeForms.UploadAsync(client, _recipe);
        var forgottenReport = await RecipeForms.FinishedAsync(client, forgotten.Headers.Location!.OriginalString);
        var forgottenFile = Assert.Single(UploadedFiles(site));

        clock.Advance(RecipeUploads.WaitingLimit + TimeSpan.FromMinutes(1));
        var next = await RecipeForms.UploadAsync(client, _recipe);
        await RecipeForms.FinishedAsync(client, next.Headers.Location!.OriginalString);
        var late = await client.SubmitAsync(forgottenReport.Form("main form[method=post]"));

        Assert.False(File.Exists(forgottenFile));
        Assert.Single(UploadedFiles(site));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Null(await site.GetAsync(PageId));
    }

    private static string[] UploadedFiles(AdminSite site)
    {
        var folder = Path.Combine(site.DataPath, "uploads");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }
}
