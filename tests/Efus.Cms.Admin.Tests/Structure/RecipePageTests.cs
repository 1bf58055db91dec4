using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Tests.Structure;

public sealed class RecipePageTests : IDisposable
{
    private const string NewPageId = "4efus0page00000000000test1";

    private static readonly string _recipe = """
        {
          // A comment, as Orchard allows.
          "name": "Ajout",
          "steps": [
            {"name": "ContentDefinition", "ContentTypes": [{"Name": "Page", "DisplayName": "Page du site"}]},
            {"name": "content", "data": [
              {"ContentItemId": "@id", "ContentType": "Page", "DisplayText": "Nouvelle page", "Latest": true, "Published": true,
               "TitlePart": {"Title": "Nouvelle page"}, "AutoroutePart": {"Path": "nouvelle-page"}}
            ]}
          ]
        }
        """.Replace("@id", NewPageId, StringComparison.Ordinal);

    private readonly AdminSite _site = new();

    [Fact]
    public async Task Upload_DryRunListsWhatWouldChange_WritesNothing_ThenTheConfirmedImportCommitsAndIsAudited()
    {
        using var client = await _site.LoginAsync();

        var checkedRun = await RecipeForms.UploadAsync(client, _recipe);

        Assert.Equal(HttpStatusCode.Redirect, checkedRun.StatusCode);
        var report = await RecipeForms.FinishedAsync(client, checkedRun.Headers.Location!.OriginalString);
        Assert.Equal(["Page", "1", "0", "0"], Row(report, "Page"));
        Assert.Contains("type Page", report.Text("#definitions-changed"), StringComparison.Ordinal);
        Assert.Null(await _site.GetAsync(NewPageId));
        Assert.Equal("Page", (await DefinitionsAsync()).Type("Page")!.DisplayName);

        var imported = await client.SubmitAsync(report.Form("main form[method=post]"));

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var done = await RecipeForms.FinishedAsync(client, imported.Headers.Location!.OriginalString);
        Assert.Contains("1 créés", done.Text("p.flash"), StringComparison.Ordinal);
        Assert.Equal("Nouvelle page", (await _site.GetAsync(NewPageId, VersionOptions.Published))!.DisplayText);
        Assert.Equal("Page du site", (await DefinitionsAsync()).Type("Page")!.DisplayName);
        var journal = await client.GetPageAsync("/admin/audit?action=RecipeImported");
        Assert.Contains("upload.recipe.json : 1 créés", journal.Text("tbody"), StringComparison.Ordinal);
        Assert.Contains("admin", journal.Text("tbody"), StringComparison.Ordinal);
        await using var scope = _site.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { ContentItemId = NewPageId });
        Assert.NotEmpty(entries.Events);
        Assert.All(entries.Events, e => Assert.Equal("admin", e.UserName));
    }

    [Theory]
    [InlineData("{\"name\": \"x\",\n \"steps\": [ {\"name\": \"content\" ", "Ligne 2")]
    [InlineData("{\"name\": \"x\", \"steps\": [{\"name\": \"layers\"}]}", "Étapes non prises en charge : 1 « layers »")]
    public async Task Upload_OfABadFile_IsRefusedOnTheForm_WithWhereAndWhy(string json, string expected)
    {
        using var client = await _site.LoginAsync();

        var response = await RecipeForms.UploadAsync(client, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AdminClient.Page.ParseAsync("/admin/recipes", response, await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, page.Text("#recipe-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_OfAnInvalidItem_FailsWithItsPath_AndNothingIsWritten()
    {
        using var client = await _site.LoginAsync();
        var invalid = _recipe.Replace("\"ContentType\": \"Page\"", "\"ContentType\": \"Inconnu\"", StringComparison.Ordinal);

        var response = await RecipeForms.UploadAsync(client, invalid);

        var page = await RecipeForms.FinishedAsync(client, response.Headers.Location!.OriginalString);
        Assert.True(page.Text("#error-summary")!.Contains("Étape 2 « content »", StringComparison.Ordinal), page.Text("main"));
        Assert.Contains("$.steps[1]", page.Text("#error-summary"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form[method=post]"));
        Assert.Null(await _site.GetAsync(NewPageId));
        Assert.Equal("Page", (await DefinitionsAsync()).Type("Page")!.DisplayName);
    }

    [Fact]
    public async Task Export_DownloadsTheWholeSiteAsARecipe()
    {
        using var client = await _site.LoginAsync();

        var response = await client.Http.GetAsync("/admin/recipes?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".recipe.json", response.Content.Headers.ContentDisposition.FileName!.Trim('"'), StringComparison.Ordinal);
        var recipe = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var steps = recipe["steps"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("ContentDefinition", steps);
        Assert.Contains("content", steps);
        Assert.Contains("SURVEILLE", recipe.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_CannotImportOrExport()
    {
        await _site.CreateUserAsync("eve", "Editor");
        using var editor = await _site.LoginAsync("eve");

        var page = await editor.Http.GetAsync("/admin/recipes");
        var export = await editor.Http.GetAsync("/admin/recipes?handler=Export");
        var upload = await RecipeForms.UploadAsync(editor, _recipe, tokenFrom: "/admin/content");

        Assert.StartsWith("/admin/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/denied", export.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/denied", upload.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(await _site.GetAsync(NewPageId));
    }

    [Fact]
    public async Task Reindex_FromMaintenance_ShowsProgressThenTheDocumentsOfEachIndex()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/maintenance");

        var started = await client.SubmitAsync(page.Form("main form.inline-actions"), button: ("index", "Search"));

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var done = await RecipeForms.FinishedAsync(client, started.Headers.Location!.OriginalString);
        Assert.Matches(@"Index « Search » : \d+ documents", done.Text("#reindex-report")!);
    }

    private static List<string> Row(AdminClient.Page page, string type) =>
        [.. page.Document.QuerySelectorAll("#recipe-report tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == type)
            .Children.Select(c => c.TextContent.Trim())];

    private async Task<Core.Metadata.ContentDefinitions> DefinitionsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetAsync();
    }

    public void Dispose() => _site.Dispose();
}
