using System.Net;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Tests.Content;

public sealed class ContentEditingTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task Create_PracticeSheetThroughTheForm_StoresEveryFieldKindAsADraftOwnedByTheEditor()
    {
        var userId = await _site.CreateUserAsync("claire", "Author");
        using var client = await _site.LoginAsync("claire");

        var id = await ContentForms.CreatePracticeSheetAsync(client, "Vidéoprotection à Lyon");

        var item = (await _site.GetAsync(id))!;
        Assert.False(item.Published);
        Assert.Equal(userId, item.Owner);
        Assert.Equal("claire", item.Author);
        Assert.Equal("Vidéoprotection à Lyon", item.DisplayText);
        Assert.Equal("fiches-de-pratique/videoprotection-a-lyon", AutoroutePath.Of(item));
        Assert.Equal("Lyon", item.Field("PracticeSheet", "City")!["Text"].AsString());
        Assert.Equal(2024m, item.Field("PracticeSheet", "Year")!["Value"].AsDecimal());
        Assert.Equal("<p>Un <strong>contexte</strong> précis.</p>", item.Field("PracticeSheet", "Context")!["Html"].AsString());
        Assert.Equal([Ids.SmartCities, Ids.Ethics], item.Field("PracticeSheet", "Themes")!["TermContentItemIds"].AsStrings());
        Assert.Equal(Ids.Themes, item.Field("PracticeSheet", "Themes")!["TaxonomyContentItemId"].AsString());
        Assert.Equal([Ids.Protect], item.Field("PracticeSheet", "RelatedProjects")!["ContentItemIds"].AsStrings());
        Assert.Equal("fr-FR", item.Part("LocalizationPart")!["Culture"].AsString());
    }

    [Fact]
    public async Task Edit_ShowsTheStoredValuesInTheGeneratedForm()
    {
        using var client = await _site.LoginAsync();
        var id = await ContentForms.CreatePracticeSheetAsync(client, "Caméras piétons");

        var page = await client.GetPageAsync($"/admin/content/{id}/edit");

        var form = AdminClient.FormFields(page.ContentForm);
        Assert.Contains(new("c.TitlePart.Title", "Caméras piétons"), form);
        Assert.Contains(new("c.PracticeSheet.Year", "2024"), form);
        Assert.Contains(new("c.PracticeSheet.Themes", Ids.Ethics), form);
        Assert.Contains(new("c.PracticeSheet.RelatedProjects", Ids.Protect), form);
        Assert.NotNull(page.Document.QuerySelector("textarea[data-rich-text][name='c.PracticeSheet.Context']"));
        Assert.Equal(14, page.Document.QuerySelectorAll("input[name='c.PracticeSheet.Themes']").Length);
        Assert.Equal(5, page.Document.QuerySelectorAll("input[name='c.PracticeSheet.RelatedProjects']").Length);
    }

    [Fact]
    public async Task Publish_FromTheEditForm_SavesThenPublishesAndTheSiteShowsIt()
    {
        using var client = await _site.LoginAsync();
        var id = await ContentForms.CreatePracticeSheetAsync(client, "Médiation numérique");
        var page = await client.GetPageAsync($"/admin/content/{id}/edit");

        var response = await client.SubmitAsync(page.ContentForm, new() { ["c.PracticeSheet.City"] = ["Bordeaux"] }, formAction: "?handler=Publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var published = (await _site.GetAsync(id, VersionOptions.Published))!;
        Assert.Equal("Bordeaux", published.Field("PracticeSheet", "City")!["Text"].AsString());
        var site = await client.Http.GetStringAsync(new Uri("/fiches-de-pratique/mediation-numerique", UriKind.Relative));
        Assert.Contains("Bordeaux", site, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveDraft_OnAPublishedItem_StartsADraftAndKeepsThePublishedVersion()
    {
        using var client = await _site.LoginAsync();
        var id = await ContentForms.CreatePracticeSheetAsync(client, "Fiche publiée", publish: true);
        var page = await client.GetPageAsync($"/admin/content/{id}/edit");

        await client.SubmitAsync(page.ContentForm, new() { ["c.PracticeSheet.City"] = ["Nantes"] });

        Assert.Equal("Lyon", (await _site.GetAsync(id, VersionOptions.Published))!.Field("PracticeSheet", "City")!["Text"].AsString());
        Assert.Equal("Nantes", (await _site.GetAsync(id, VersionOptions.Draft))!.Field("PracticeSheet", "City")!["Text"].AsString());
        var edit = await client.GetPageAsync($"/admin/content/{id}/edit");
        Assert.Contains("Brouillon (une version est publiée)", edit.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_YearAboveTheMaximum_IsShownNextToTheFieldAndNothingIsSaved()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/content/new/PracticeSheet");

        var values = ContentForms.PracticeSheet("Année impossible");
        values["c.PracticeSheet.Year"] = ["3000"];

        var response = await client.SubmitAsync(page.ContentForm, values);
        var shown = await AdminClient.Page.ParseAsync("/admin/content/new/PracticeSheet", response, await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = shown.Text("#f-c-PracticeSheet-Year-error");
        Assert.Equal("3000 est supérieur au maximum (2100).", error);
        Assert.Equal("true", shown.Document.QuerySelector("#f-c-PracticeSheet-Year")!.GetAttribute("aria-invalid"));
        Assert.Contains(new("c.TitlePart.Title", "Année impossible"), AdminClient.FormFields(shown.ContentForm));
        Assert.Equal(0, (await _site.WithContentAsync(m => m.QueryAsync(new ContentQuery { ContentTypes = ["PracticeSheet"], Status = ContentStatus.All }))).Total);
    }

    [Fact]
    public async Task Validation_PathAlreadyUsed_IsShownNextToThePath()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/content/new/PracticeSheet");
        var values = ContentForms.PracticeSheet("Chemin pris");
        values["c.AutoroutePart.Path"] = ["projets/surveille"];

        var response = await client.SubmitAsync(page.ContentForm, values);
        var shown = await AdminClient.Page.ParseAsync("/admin/content/new/PracticeSheet", response, await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Le chemin « projets/surveille » est déjà utilisé par un autre contenu.", shown.Text("#f-c-AutoroutePart-Path-error"));
    }

    [Fact]
    public async Task Title_Missing_IsRefusedInFrench()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/content/new/Publication");

        var response = await client.SubmitAsync(page.ContentForm, new() { ["c.TitlePart.Title"] = ["  "] });
        var shown = await AdminClient.Page.ParseAsync("/admin/content/new/Publication", response, await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Le titre est obligatoire.", shown.Text("#f-c-TitlePart-Title-error"));
    }

    [Fact]
    public async Task Link_JavascriptUrl_IsRefused()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync($"/admin/content/{Ids.Surveille}/edit");

        var response = await client.SubmitAsync(page.ContentForm, new() { ["c.CooperationProject.Website.Url"] = ["javascript:alert(document.cookie)"] });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("n’est pas un lien valide", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", (await _site.GetAsync(Ids.Surveille))!.Field("CooperationProject", "Website")?.ToJsonString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bag_AddMoveAndRemoveSessions_ThenSave()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync($"/admin/content/{Ids.ConferenceReport}/edit");
        Assert.Equal(2, page.Document.QuerySelectorAll(".bag-entry").Length);

        var added = await client.SubmitAsync(page.ContentForm, formAction: "?handler=Bag", button: ("bagAction", "add:Sessions"));
        var withThree = await AdminClient.Page.ParseAsync($"/admin/content/{Ids.ConferenceReport}/edit", added, await added.Content.ReadAsStringAsync());
        Assert.Equal(3, withThree.Document.QuerySelectorAll(".bag-entry").Length);

        var moved = await client.SubmitAsync(withThree.ContentForm, new() { ["c.Sessions.2.TitlePart.Title"] = ["Session ajoutée"], ["c.Sessions.2.ConferenceSession.Speakers"] = ["Jeanne Martin"] },
            formAction: "?handler=Bag", button: ("bagAction", "up:Sessions:2"));
        var reordered = await AdminClient.Page.ParseAsync($"/admin/content/{Ids.ConferenceReport}/edit", moved, await moved.Content.ReadAsStringAsync());
        Assert.Equal("Session ajoutée", reordered.Document.QuerySelector("#f-c-Sessions-1-TitlePart-Title")!.GetAttribute("value"));

        var removed = await client.SubmitAsync(reordered.ContentForm, formAction: "?handler=Bag", button: ("bagAction", "remove:Sessions:0"));
        var final = await AdminClient.Page.ParseAsync($"/admin/content/{Ids.ConferenceReport}/edit", removed, await removed.Content.ReadAsStringAsync());
        var saved = await client.SubmitAsync(final.ContentForm);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var sessions = (await _site.GetAsync(Ids.ConferenceReport))!.Part("Sessions")!["ContentItems"]!.AsArray();
        Assert.Equal(["Session ajoutée", "Technologies et IA : opportunités et menaces"], sessions.Select(s => s!["DisplayText"].AsString()));
        Assert.Equal("Jeanne Martin", sessions[0]!["ConferenceSession"]!["Speakers"]!["Text"].AsString());
    }

    [Fact]
    public async Task Delete_AsksOnItsOwnPageThenRemoves()
    {
        using var client = await _site.LoginAsync();
        var id = await ContentForms.CreatePracticeSheetAsync(client, "À supprimer", publish: true);

        var confirm = await client.GetPageAsync($"/admin/content/{id}/delete");
        Assert.Equal("Supprimer « À supprimer » ?", confirm.Text("h1"));
        Assert.NotNull(await _site.GetAsync(id));
        var response = await client.SubmitAsync(confirm.Form("main form"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await _site.GetAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(new Uri("/fiches-de-pratique/a-supprimer", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Unpublish_AndDiscardDraft_AndClone()
    {
        using var client = await _site.LoginAsync();
        var id = await ContentForms.CreatePracticeSheetAsync(client, "Cycle de vie", publish: true);
        var page = await client.GetPageAsync($"/admin/content/{id}/edit");
        await client.SubmitAsync(page.ContentForm, new() { ["c.PracticeSheet.City"] = ["Lille"] });

        page = await client.GetPageAsync($"/admin/content/{id}/edit");
        await client.SubmitAsync(page.Form("form[action$='handler=DiscardDraft']"));
        Assert.Equal("Lyon", (await _site.GetAsync(id))!.Field("PracticeSheet", "City")!["Text"].AsString());

        page = await client.GetPageAsync($"/admin/content/{id}/edit");
        var cloned = await client.SubmitAsync(page.Form("form[action$='handler=Clone']"));
        var copyId = cloned.Headers.Location!.OriginalString.Split('/')[3];
        var copy = (await _site.GetAsync(copyId))!;
        Assert.Equal("Cycle de vie (copie)", copy.DisplayText);
        Assert.Equal("fiches-de-pratique/cycle-de-vie-copie", AutoroutePath.Of(copy));
        Assert.False(copy.Published);

        page = await client.GetPageAsync($"/admin/content/{id}/edit");
        await client.SubmitAsync(page.Form("form[action$='handler=Unpublish']"));
        Assert.Null(await _site.GetAsync(id, VersionOptions.Published));
    }

    [Fact]
    public async Task Preview_RendersTheDraftWithTheBanner()
    {
        using var client = await _site.LoginAsync();
        var id = await ContentForms.CreatePracticeSheetAsync(client, "Brouillon à voir");

        var preview = await client.GetPageAsync($"/admin/content/{id}/preview");

        Assert.Contains("Prévisualisation (brouillon)", preview.Html, StringComparison.Ordinal);
        Assert.Equal("Brouillon à voir", preview.Text("h1"));
        Assert.Contains("Villes intelligentes", preview.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(new Uri("/fiches-de-pratique/brouillon-a-voir", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Versions_DiffFieldByFieldAndRestore()
    {
        using var client = await _site.LoginAsync();
        var id = await ContentForms.CreatePracticeSheetAsync(client, "Versions", publish: true);
        var page = await client.GetPageAsync($"/admin/content/{id}/edit");
        await client.SubmitAsync(page.ContentForm, new()
        {
            ["c.PracticeSheet.City"] = ["Marseille"],
            ["c.PracticeSheet.Themes"] = [Ids.VideoSurveillance],
        }, formAction: "?handler=Publish");

        var versions = await client.GetPageAsync($"/admin/content/{id}/versions");
        Assert.Equal(2, versions.Document.QuerySelectorAll("tbody tr").Length);
        var diffResponse = await client.SubmitAsync(versions.Form("form[action$='/diff']"));
        Assert.Equal(HttpStatusCode.OK, diffResponse.StatusCode);
        var diff = await AdminClient.Page.ParseAsync($"/admin/content/{id}/diff", diffResponse, await diffResponse.Content.ReadAsStringAsync());
        var rows = diff.Document.QuerySelectorAll("table.diff tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("Ville", StringComparison.Ordinal) && r.Contains("Lyon", StringComparison.Ordinal) && r.Contains("Marseille", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Thèmes", StringComparison.Ordinal) && r.Contains("Villes intelligentes", StringComparison.Ordinal) && r.Contains("Vidéosurveillance", StringComparison.Ordinal));
        Assert.Equal("Marseille", diff.Text("table.diff ins"));

        var restore = await client.SubmitAsync(versions.Form("form[action$='handler=Restore']"));
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var latest = (await _site.GetAsync(id))!;
        Assert.False(latest.Published);
        Assert.Equal("Lyon", latest.Field("PracticeSheet", "City")!["Text"].AsString());
        Assert.Equal("Marseille", (await _site.GetAsync(id, VersionOptions.Published))!.Field("PracticeSheet", "City")!["Text"].AsString());
    }

    public void Dispose() => _site.Dispose();
}
