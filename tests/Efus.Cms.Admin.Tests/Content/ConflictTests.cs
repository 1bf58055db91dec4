using System.Net;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Admin.Tests.Content;

public sealed class ConflictTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task SecondSave_OnAStaleVersion_ExplainsInFrenchAndKeepsEveryInput()
    {
        await _site.CreateUserAsync("marie", "Editor");
        using var admin = await _site.LoginAsync();
        using var marie = await _site.LoginAsync("marie");
        var id = await ContentForms.CreatePracticeSheetAsync(admin, "Édition à deux");
        var adminForm = await admin.GetPageAsync($"/admin/content/{id}/edit");
        var marieForm = await marie.GetPageAsync($"/admin/content/{id}/edit");

        var first = await admin.SubmitAsync(adminForm.ContentForm, new() { ["c.PracticeSheet.City"] = ["Grenoble"] });
        var second = await marie.SubmitAsync(marieForm.ContentForm, new()
        {
            ["c.PracticeSheet.Summary"] = ["Le résumé de Marie, écrit pendant ce temps."],
            ["c.PracticeSheet.Context"] = ["<p>Contexte réécrit par Marie.</p>"],
        });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var page = await AdminClient.Page.ParseAsync($"/admin/content/{id}/edit", second, await second.Content.ReadAsStringAsync());
        Assert.Equal("Ce contenu a été modifié par quelqu’un d’autre pendant que vous le modifiiez", page.Text("#conflict h2"));
        Assert.Contains("Ville", page.Text("#conflict")!, StringComparison.Ordinal);
        var fields = AdminClient.FormFields(page.ContentForm);
        Assert.Contains(new("c.PracticeSheet.Summary", "Le résumé de Marie, écrit pendant ce temps."), fields);
        Assert.Contains(new("c.PracticeSheet.Context", "<p>Contexte réécrit par Marie.</p>"), fields);
        Assert.Equal("Grenoble", (await _site.GetAsync(id))!.Field("PracticeSheet", "City")!["Text"].AsString());

        // Saving again is a deliberate choice: it replaces the other version, which stays in the history.
        var again = await marie.SubmitAsync(page.ContentForm);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Le résumé de Marie, écrit pendant ce temps.", (await _site.GetAsync(id))!.Field("PracticeSheet", "Summary")!["Text"].AsString());
    }

    [Fact]
    public async Task Save_AfterSomeoneElsePublished_IsAConflictToo()
    {
        using var first = await _site.LoginAsync();
        using var second = await _site.LoginAsync();
        var id = await ContentForms.CreatePracticeSheetAsync(first, "Publication concurrente");
        var secondForm = await second.GetPageAsync($"/admin/content/{id}/edit");
        var firstForm = await first.GetPageAsync($"/admin/content/{id}/edit");
        await first.SubmitAsync(firstForm.ContentForm, formAction: "?handler=Publish");

        var response = await second.SubmitAsync(secondForm.ContentForm, new() { ["c.PracticeSheet.City"] = ["Rennes"] }, formAction: "?handler=Publish");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Lyon", (await _site.GetAsync(id))!.Field("PracticeSheet", "City")!["Text"].AsString());
    }

    public void Dispose() => _site.Dispose();
}
