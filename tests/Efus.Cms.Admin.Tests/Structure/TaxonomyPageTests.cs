using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Tests.Structure;

public sealed class TaxonomyPageTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task Rename_IsPublished_AndTheCachedPublicPageAndGraphQLShowTheNewName()
    {
        using var client = await _site.LoginAsync();
        var visitor = _site.CreateClient();
        Assert.Contains("Villes intelligentes", await visitor.GetStringAsync("/themes"), StringComparison.Ordinal);
        var index = await client.Http.GetAsync("/admin/taxonomies");
        Assert.Equal($"/admin/taxonomies/{Ids.Themes}", index.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync($"/admin/taxonomies/{Ids.Themes}");

        var response = await client.SubmitAsync(TermForm(page, "rename", Ids.SmartCities), new() { ["name"] = ["Villes connectées"] });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var published = (await _site.GetAsync(Ids.Themes, VersionOptions.Published))!;
        var term = TaxonomyTerms.Flatten(published).Single(t => t.ContentItemId == Ids.SmartCities);
        Assert.Equal("Villes connectées", term.DisplayText);
        Assert.Equal("Villes connectées", term.Part("TitlePart")!["Title"].AsString());
        Assert.Equal("themes/villes-intelligentes", AutoroutePath.Of(term));
        Assert.True(published.Latest);
        var themes = await visitor.GetStringAsync("/themes");
        Assert.Contains("Villes connectées", themes, StringComparison.Ordinal);
        Assert.DoesNotContain("Villes intelligentes", themes, StringComparison.Ordinal);
        var graph = await visitor.PostAsync("/api/graphql", new StringContent("{ taxonomy { taxonomy { contentItems { displayText } } } }", Encoding.UTF8, "application/graphql"));
        Assert.Contains("Villes connectées", await graph.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_AndMove_KeepOrchardsShapeAndOrder()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync($"/admin/taxonomies/{Ids.Themes}");

        var added = await client.SubmitAsync(page.Form("form[action*='handler=Add']"), new() { ["name"] = ["Drones"] });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var terms = TaxonomyTerms.Flatten(await _site.GetAsync(Ids.Themes)).ToList();
        var drone = terms[^1];
        Assert.Equal(15, terms.Count);
        Assert.Equal("Drones", drone.DisplayText);
        Assert.Equal("Theme", drone.ContentType);
        Assert.Equal("themes/drones", AutoroutePath.Of(drone));
        Assert.Equal(Ids.Themes, drone.Part("TermPart")!["TaxonomyContentItemId"].AsString());

        page = await client.GetPageAsync($"/admin/taxonomies/{Ids.Themes}");
        Assert.NotNull(TermForm(page, "move", drone.ContentItemId).QuerySelector("button[value=down][disabled]"));
        var moved = await client.SubmitAsync(TermForm(page, "move", drone.ContentItemId), button: ("direction", "up"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        terms = [.. TaxonomyTerms.Flatten(await _site.GetAsync(Ids.Themes, VersionOptions.Published))];
        Assert.Equal(drone.ContentItemId, terms[^2].ContentItemId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("cybersécurité")]
    [InlineData("!!!")]
    public async Task Rename_RefusesAnEmptyDuplicateOrSymbolOnlyName_NextToTheInput_AndSavesNothing(string name)
    {
        using var client = await _site.LoginAsync();
        var before = (await _site.GetAsync(Ids.Themes))!;
        var page = await client.GetPageAsync($"/admin/taxonomies/{Ids.Themes}");

        var response = await client.SubmitAsync(TermForm(page, "rename", Ids.SmartCities), new() { ["name"] = [name] });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refused = await AdminClient.Page.ParseAsync("/", response, await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(refused.Text($"#name-{Ids.SmartCities}-error")!);
        Assert.Equal("true", refused.Document.QuerySelector($"#name-{Ids.SmartCities}")!.GetAttribute("aria-invalid"));
        var after = (await _site.GetAsync(Ids.Themes))!;
        Assert.Equal(before.ContentItemVersionId, after.ContentItemVersionId);
        Assert.Equal(before.Revision, after.Revision);
    }

    [Fact]
    public async Task Delete_OfAUsedTerm_WarnsWithTheItemsFirst_ThenRemovesIt()
    {
        using var client = await _site.LoginAsync();
        var id = await ContentForms.CreatePracticeSheetAsync(client, "Fiche classée villes intelligentes");

        var confirm = await client.GetPageAsync($"/admin/taxonomies/{Ids.Themes}/terms/{Ids.SmartCities}/delete");

        Assert.NotNull(confirm.Document.QuerySelector("#term-usage"));
        Assert.Contains("Fiche classée villes intelligentes", confirm.Text("#term-usage"), StringComparison.Ordinal);
        Assert.NotNull(confirm.Document.QuerySelector($"#term-usage a[href='/admin/content/{id}/edit']"));
        Assert.Contains(TaxonomyTerms.Flatten(await _site.GetAsync(Ids.Themes)), t => t.ContentItemId == Ids.SmartCities);

        var response = await client.SubmitAsync(confirm.Form("main form[method=post]"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(TaxonomyTerms.Flatten(await _site.GetAsync(Ids.Themes, VersionOptions.Published)), t => t.ContentItemId == Ids.SmartCities);
        var page = await client.GetPageAsync($"/admin/taxonomies/{Ids.Themes}");
        await client.SubmitAsync(page.Form("form[action*='handler=Add']"), new() { ["name"] = ["Inutilisé"] });
        var fresh = TaxonomyTerms.Flatten(await _site.GetAsync(Ids.Themes)).Single(t => t.DisplayText == "Inutilisé");
        var unused = await client.GetPageAsync($"/admin/taxonomies/{Ids.Themes}/terms/{fresh.ContentItemId}/delete");
        Assert.Null(unused.Document.QuerySelector("#term-usage"));
    }

    [Fact]
    public async Task StaleRevision_IsRefused_AndSavesNothing()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync($"/admin/taxonomies/{Ids.Themes}");
        var first = await client.SubmitAsync(TermForm(page, "rename", Ids.Ethics), new() { ["name"] = ["Éthique"] });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var saved = (await _site.GetAsync(Ids.Themes))!;

        var stale = await client.SubmitAsync(TermForm(page, "rename", Ids.SmartCities), new() { ["name"] = ["Villes"] });

        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Equal(saved.ContentItemVersionId, (await _site.GetAsync(Ids.Themes))!.ContentItemVersionId);
        Assert.Equal(saved.Revision, (await _site.GetAsync(Ids.Themes))!.Revision);
    }

    [Fact]
    public async Task Authors_CannotManageTerms()
    {
        await _site.CreateUserAsync("paul", "Author");
        using var author = await _site.LoginAsync("paul");
        var own = await author.GetPageAsync("/admin/content");
        var token = own.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var get = await author.Http.GetAsync($"/admin/taxonomies/{Ids.Themes}");
        var post = await author.Http.PostAsync($"/admin/taxonomies/{Ids.Themes}?handler=Add",
            new FormUrlEncodedContent([new("name", "Intrus"), new("revision", "0"), new("__RequestVerificationToken", token)]));

        Assert.StartsWith("/admin/denied", get.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/denied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain(TaxonomyTerms.Flatten(await _site.GetAsync(Ids.Themes)), t => t.DisplayText == "Intrus");
        Assert.Null(own.Document.QuerySelector("a[href='/admin/taxonomies']"));
    }

    private static IHtmlFormElement TermForm(AdminClient.Page page, string kind, string termId) =>
        page.Document.QuerySelectorAll($"form.{kind}").OfType<IHtmlFormElement>()
            .Single(f => f.QuerySelector($"input[name=termId][value='{termId}']") is not null);

    public void Dispose() => _site.Dispose();
}
