using System.Net;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Tests.Structure;

public sealed class ContentTypeConflictTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task FieldSettings_SavedByAnotherMeanwhile_AreRefused_InputKept_NothingWritten()
    {
        using var first = await _site.LoginAsync();
        using var second = await _site.LoginAsync();
        var firstPage = await first.GetPageAsync("/admin/types/PracticeSheet/fields/Year");
        var secondPage = await second.GetPageAsync("/admin/types/PracticeSheet/fields/Year");
        var saved = await second.SubmitAsync(secondPage.Form("#field-settings"), new() { ["Hint"] = ["Année du lancement"] });
        var afterSecond = Json(await DefinitionsAsync());

        var refused = await first.SubmitAsync(firstPage.Form("#field-settings"), new() { ["Hint"] = ["Première année"], ["Minimum"] = ["1995"] });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await AdminClient.Page.ParseAsync("/admin/types/PracticeSheet/fields/Year", refused, await refused.Content.ReadAsStringAsync());
        Assert.Contains("modifié par quelqu’un d’autre", page.Text("#conflict")!, StringComparison.Ordinal);
        Assert.Equal("Première année", page.Document.QuerySelector("#Hint")!.GetAttribute("value"));
        Assert.Equal("1995", page.Document.QuerySelector("#Minimum")!.GetAttribute("value"));
        Assert.Equal(afterSecond, Json(await DefinitionsAsync()));

        // The refused page carries the new stamp: saving again is a deliberate replacement.
        var again = await first.SubmitAsync(page.Form("#field-settings"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var year = (await DefinitionsAsync()).Part("PracticeSheet")!.Fields.Single(f => f.Name == "Year");
        Assert.Equal("Première année", year.Setting("NumericFieldSettings", "Hint").AsString());
    }

    [Fact]
    public async Task AddField_AfterAnotherRemovedOne_IsRefused_AndAnotherTypesChangeDoesNotCollide()
    {
        using var first = await _site.LoginAsync();
        using var second = await _site.LoginAsync();
        var page = await first.GetPageAsync("/admin/types/PracticeSheet");
        var confirm = await second.GetPageAsync("/admin/types/PracticeSheet/fields/Contact/delete");
        var removed = await second.SubmitAsync(confirm.Form("main form[method=post]"));
        var other = await second.GetPageAsync("/admin/types/Publication");
        var elsewhere = await second.SubmitAsync(other.Form("form[action*='handler=Add']"),
            new() { ["NewFieldKind"] = ["TextField"], ["NewFieldName"] = ["Isbn"] });

        var refused = await first.SubmitAsync(page.Form("form[action*='handler=Add']"),
            new() { ["NewFieldKind"] = ["TextField"], ["NewFieldName"] = ["Partner"] });
        var otherFresh = await first.GetPageAsync("/admin/types/Publication");
        var publication = await first.SubmitAsync(otherFresh.Form("form[action*='handler=Add']"),
            new() { ["NewFieldKind"] = ["TextField"], ["NewFieldName"] = ["Editor"] });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("value=\"Partner\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var definitions = await DefinitionsAsync();
        Assert.DoesNotContain(definitions.Part("PracticeSheet")!.Fields, f => f.Name is "Partner" or "Contact");
        Assert.Equal(HttpStatusCode.Redirect, publication.StatusCode);
        Assert.Contains(definitions.Part("Publication")!.Fields, f => f.Name == "Isbn");
    }

    private static string Json(ContentDefinitions definitions) => ContentDefinitionJson.ToJson(definitions).ToJsonString();

    private async Task<ContentDefinitions> DefinitionsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetAsync();
    }

    public void Dispose() => _site.Dispose();
}
