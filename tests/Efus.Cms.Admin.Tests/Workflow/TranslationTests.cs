using System.Net;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Admin.Tests.Workflow;

/// <summary>"Traduire": a draft in another culture of the same LocalizationSet, prefilled; the editor links the cultures; the list finds what lacks one.</summary>
public sealed class TranslationTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task Translate_CreatesADraftInTheOtherCultureOfTheSameSet_PrefilledWithAPathOfItsOwn()
    {
        using var client = await _site.LoginAsync();
        var sourceId = await ContentForms.CreatePracticeSheetAsync(client, "Médiation de nuit", publish: true);
        var edit = await client.GetPageAsync($"/admin/content/{sourceId}/edit");

        var response = await client.SubmitAsync(edit.Form("form.translate"), new() { ["culture"] = ["en-US"] });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var translationId = response.Headers.Location!.OriginalString.Split('/')[3];
        Assert.NotEqual(sourceId, translationId);
        var source = (await _site.GetAsync(sourceId))!;
        var translation = (await _site.GetAsync(translationId))!;
        Assert.False(translation.Published);
        Assert.Equal("en-US", translation.Part(WellKnownParts.Localization)!["Culture"].AsString());
        Assert.Equal(source.Part(WellKnownParts.Localization)!["LocalizationSet"].AsString(), translation.Part(WellKnownParts.Localization)!["LocalizationSet"].AsString());
        Assert.Equal("Médiation de nuit", translation.DisplayText);
        Assert.Equal("Lyon", translation.Field("PracticeSheet", "City")!["Text"].AsString());
        Assert.Equal("fiches-de-pratique/mediation-de-nuit-en", AutoroutePath.Of(translation));
    }

    [Fact]
    public async Task Edit_ListsTheOtherCulturesWithLinks_AndOffersOnlyTheMissingOnes()
    {
        using var client = await _site.LoginAsync();
        var sourceId = await ContentForms.CreatePracticeSheetAsync(client, "Prévention situationnelle");
        var before = await client.GetPageAsync($"/admin/content/{sourceId}/edit");
        var created = await client.SubmitAsync(before.Form("form.translate"), new() { ["culture"] = ["en-US"] });
        var translationId = created.Headers.Location!.OriginalString.Split('/')[3];

        var translation = await client.GetPageAsync($"/admin/content/{translationId}/edit");
        var source = await client.GetPageAsync($"/admin/content/{sourceId}/edit");

        Assert.Equal($"/admin/content/{translationId}/edit", source.Document.QuerySelector("ul.translations a[hreflang='en-US']")!.GetAttribute("href"));
        Assert.Equal($"/admin/content/{sourceId}/edit", translation.Document.QuerySelector("ul.translations a[hreflang='fr-FR']")!.GetAttribute("href"));
        Assert.Null(source.Document.QuerySelector("form.translate"));
        Assert.Contains("Traduction en en-US créée comme brouillon", translation.Text("[role=status]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_ACultureTheSiteDoesNotHave_IsRefusedAndWritesNothing()
    {
        using var client = await _site.LoginAsync();
        var sourceId = await ContentForms.CreatePracticeSheetAsync(client, "Sans allemand");
        var edit = await client.GetPageAsync($"/admin/content/{sourceId}/edit");

        var response = await client.SubmitAsync(edit.Form("form.translate"), new() { ["culture"] = ["de-DE"] });
        var after = await client.GetPageAsync($"/admin/content/{sourceId}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Choisissez une langue du site", after.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Empty(after.Document.QuerySelectorAll("ul.translations a"));
    }

    [Fact]
    public async Task List_Untranslated_ShowsOnlyItemsLackingThatCulture()
    {
        using var client = await _site.LoginAsync();
        var translatedId = await ContentForms.CreatePracticeSheetAsync(client, "Zèbre traduit");
        await ContentForms.CreatePracticeSheetAsync(client, "Zèbre seul");
        var edit = await client.GetPageAsync($"/admin/content/{translatedId}/edit");
        await client.SubmitAsync(edit.Form("form.translate"), new() { ["culture"] = ["en-US"] });

        var list = await client.GetPageAsync("/admin/content?type=PracticeSheet&untranslated=en-US&q=z%C3%A8bre");

        Assert.Equal(["Zèbre seul"], list.Document.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()));
        Assert.Equal("en-US", list.Document.QuerySelector("#untranslated option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Clone_GetsATranslationSetOfItsOwn_AndCanBeTranslatedAtOnce()
    {
        using var client = await _site.LoginAsync();
        var sourceId = await ContentForms.CreatePracticeSheetAsync(client, "Original");
        var edit = await client.GetPageAsync($"/admin/content/{sourceId}/edit");
        var cloned = await client.SubmitAsync(edit.Form("form[action$='handler=Clone']"));
        var copyId = cloned.Headers.Location!.OriginalString.Split('/')[3];
        var copyEdit = await client.GetPageAsync($"/admin/content/{copyId}/edit");

        var translated = await client.SubmitAsync(copyEdit.Form("form.translate"), new() { ["culture"] = ["en-US"] });

        var sourceSet = (await _site.GetAsync(sourceId))!.Part(WellKnownParts.Localization)!["LocalizationSet"].AsString();
        var copySet = (await _site.GetAsync(copyId))!.Part(WellKnownParts.Localization)!["LocalizationSet"].AsString();
        Assert.False(string.IsNullOrEmpty(copySet));
        Assert.NotEqual(sourceSet, copySet);
        var translationId = translated.Headers.Location!.OriginalString.Split('/')[3];
        Assert.NotEqual(copyId, translationId);
        Assert.Equal(copySet, (await _site.GetAsync(translationId))!.Part(WellKnownParts.Localization)!["LocalizationSet"].AsString());
    }

    public void Dispose() => _site.Dispose();
}
