using System.Net;
using System.Text;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Tests.Structure;

public sealed class ContentTypePageTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task AddTextField_TheFormAndGraphQLShowItWithoutARestart()
    {
        using var client = await _site.LoginAsync();
        var visitor = _site.CreateClient();
        var before = await visitor.PostAsync("/api/graphql", Graph("{ practiceSheet { displayText partner } }"));
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        var page = await client.GetPageAsync("/admin/types/PracticeSheet");

        var response = await client.SubmitAsync(page.Form("form[action*='handler=Add']"),
            new() { ["NewFieldKind"] = ["TextField"], ["NewFieldName"] = ["Partner"], ["NewFieldDisplayName"] = ["Partenaire"] });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var field = (await DefinitionsAsync()).Part("PracticeSheet")!.Fields[^1];
        Assert.Equal(("Partner", "TextField", "Partenaire"), (field.Name, field.FieldName, field.DisplayName));
        var form = await client.GetPageAsync("/admin/content/new/PracticeSheet");
        Assert.NotNull(form.Document.QuerySelector("input[name='c.PracticeSheet.Partner']"));
        var id = await ContentForms.CreatePracticeSheetAsync(client, "Avec partenaire", publish: true, extra: new() { ["c.PracticeSheet.Partner"] = ["Ville de Liège"] });
        Assert.Equal("Ville de Liège", (await _site.GetAsync(id))!.Field("PracticeSheet", "Partner")!["Text"].AsString());
        var after = await visitor.PostAsync("/api/graphql", Graph("{ practiceSheet { displayText partner } }"));
        var json = await after.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("\"partner\":\"Ville de Liège\"", json, StringComparison.Ordinal);
        Assert.Contains("Avec partenaire", await visitor.GetStringAsync("/search?q=" + Uri.EscapeDataString("Liège")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025")]
    [InlineData("Nom composé")]
    [InlineData("Année")]
    [InlineData("city")]
    [InlineData("ContentItemId")]
    [InlineData("TitlePart")]
    public async Task AddField_RefusesAnInvalidName_NextToTheInput_AndSavesNothing(string name)
    {
        using var client = await _site.LoginAsync();
        var before = ContentDefinitionJson.ToJson(await DefinitionsAsync()).ToJsonString();
        var page = await client.GetPageAsync("/admin/types/PracticeSheet");

        var response = await client.SubmitAsync(page.Form("form[action*='handler=Add']"), new() { ["NewFieldKind"] = ["TextField"], ["NewFieldName"] = [name] });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refused = await AdminClient.Page.ParseAsync("/", response, await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(refused.Text("#NewFieldName-error")!);
        Assert.Equal(name, refused.Document.QuerySelector("#NewFieldName")!.GetAttribute("value") ?? "");
        Assert.Equal(before, ContentDefinitionJson.ToJson(await DefinitionsAsync()).ToJsonString());
    }

    [Fact]
    public async Task FieldSettings_AreSavedInOrchardsGroups_AndAnInvertedRangeIsRefused()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/types/PracticeSheet/fields/Year");

        var refused = await client.SubmitAsync(page.Form("#field-settings"), new() { ["Minimum"] = ["2100"], ["Maximum"] = ["1990"] });
        var unchanged = Field(await DefinitionsAsync(), "Year");
        var saved = await client.SubmitAsync(page.Form("#field-settings"),
            new() { ["Required"] = ["true"], ["Minimum"] = ["1990"], ["Maximum"] = ["2 100"], ["Hint"] = ["Année de lancement"] });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Maximum-error", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1900m, unchanged.Setting("NumericFieldSettings", "Minimum").AsDecimal());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var year = Field(await DefinitionsAsync(), "Year");
        Assert.True(year.Setting("NumericFieldSettings", "Required").AsBool());
        Assert.Equal(1990m, year.Setting("NumericFieldSettings", "Minimum").AsDecimal());
        Assert.Equal(2100m, year.Setting("NumericFieldSettings", "Maximum").AsDecimal());
        Assert.Equal("Année de lancement", year.Setting("NumericFieldSettings", "Hint").AsString());
        var form = await client.GetPageAsync("/admin/content/new/PracticeSheet");
        Assert.Contains("Année de lancement", form.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveAndRemove_ChangeTheOrderAndTheFields()
    {
        using var client = await _site.LoginAsync();
        var names = (await DefinitionsAsync()).Part("PracticeSheet")!.Fields.Select(f => f.Name).ToList();
        var page = await client.GetPageAsync("/admin/types/PracticeSheet");
        var move = page.Document.QuerySelectorAll("form.move").OfType<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.QuerySelector("input[name=field][value=City]") is not null);

        var moved = await client.SubmitAsync(move, button: ("direction", "up"));
        var confirm = await client.GetPageAsync("/admin/types/PracticeSheet/fields/Contact/delete");
        var removed = await client.SubmitAsync(confirm.Form("main form[method=post]"));

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var fields = (await DefinitionsAsync()).Part("PracticeSheet")!.Fields;
        var expected = names.Where(n => n != "Contact").ToList();
        var city = expected.IndexOf("City");
        (expected[city - 1], expected[city]) = (expected[city], expected[city - 1]);
        Assert.Equal(expected, fields.Select(f => f.Name));
        Assert.Equal([.. Enumerable.Range(0, fields.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], fields.Select(f => f.Position));
    }

    [Fact]
    public async Task AddType_HasATitleAndAGeneratedPath_AndADuplicateIsRefused()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/types");

        var created = await client.SubmitAsync(page.Form("main form[method=post]"), new() { ["NewTypeName"] = ["Evenement"], ["NewTypeDisplayName"] = ["Événement"] });
        var duplicate = await client.SubmitAsync(page.Form("main form[method=post]"), new() { ["NewTypeName"] = ["practicesheet"] });

        Assert.Equal("/admin/types/Evenement", created.Headers.Location!.OriginalString);
        var type = (await DefinitionsAsync()).Type("Evenement")!;
        Assert.Equal("Événement", type.DisplayName);
        Assert.Equal(["TitlePart", "AutoroutePart", "Evenement"], type.Parts.Select(p => p.Name));
        Assert.True(type.TypeSettings.Creatable);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("NewTypeName-error", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var form = await client.GetPageAsync("/admin/content/new/Evenement");
        Assert.NotNull(form.Document.QuerySelector("input[name='c.TitlePart.Title']"));
    }

    [Fact]
    public async Task Editors_CannotChangeTypes()
    {
        await _site.CreateUserAsync("eve", "Editor");
        using var editor = await _site.LoginAsync("eve");
        var before = ContentDefinitionJson.ToJson(await DefinitionsAsync()).ToJsonString();

        var get = await editor.Http.GetAsync("/admin/types");
        var post = await AdminForms.PostWithTokenAsync(editor, "/admin/types/PracticeSheet?handler=Add", ("NewFieldKind", "TextField"), ("NewFieldName", "Intrus"));

        Assert.StartsWith("/admin/denied", get.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/denied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(before, ContentDefinitionJson.ToJson(await DefinitionsAsync()).ToJsonString());
    }

    private static StringContent Graph(string query) => new(query, Encoding.UTF8, "application/graphql");

    private static ContentPartFieldDefinition Field(ContentDefinitions definitions, string name) =>
        definitions.Part("PracticeSheet")!.Fields.Single(f => f.Name == name);

    private async Task<ContentDefinitions> DefinitionsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetAsync();
    }

    public void Dispose() => _site.Dispose();
}
