using System.Net;
using System.Text;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Tests.Structure;

public sealed class ContentTypePartsTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task AttachHtmlBody_TheFormGraphQLAndSearchFollow_ThenDetachAfterConfirming()
    {
        using var client = await _site.LoginAsync();
        var visitor = _site.CreateClient();
        var page = await client.GetPageAsync("/admin/types/PracticeSheet");

        var attached = await client.SubmitAsync(page.Form("form[action*='handler=Attach']"), new() { ["NewPart"] = ["HtmlBodyPart"] });

        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        var type = (await DefinitionsAsync()).Type("PracticeSheet")!;
        Assert.Equal("HtmlBodyPart", type.Parts[^1].PartName);
        Assert.Equal([.. Enumerable.Range(0, type.Parts.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], type.Parts.Select(p => p.Position));
        var form = await client.GetPageAsync("/admin/content/new/PracticeSheet");
        Assert.NotNull(form.Document.QuerySelector("[name='c.HtmlBodyPart.Html']"));
        await ContentForms.CreatePracticeSheetAsync(client, "Avec un corps", publish: true, extra: new() { ["c.HtmlBodyPart.Html"] = ["<p>Un corps zorblaxien.</p>"] });
        var graph = await visitor.PostAsync("/api/graphql", new StringContent("{ practiceSheet { displayText htmlBody { html } } }", Encoding.UTF8, "application/graphql"));
        Assert.Contains("zorblaxien", await graph.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Avec un corps", await visitor.GetStringAsync("/search?q=zorblaxien"), StringComparison.Ordinal);

        var confirm = await client.GetPageAsync("/admin/types/PracticeSheet/parts/HtmlBodyPart/delete");
        Assert.Contains("contenu(s) de ce type existent", confirm.Text("main"), StringComparison.Ordinal);
        var detached = await client.SubmitAsync(confirm.Form("main form[method=post]"));

        Assert.Equal(HttpStatusCode.Redirect, detached.StatusCode);
        Assert.Null((await DefinitionsAsync()).Type("PracticeSheet")!.Part("HtmlBodyPart"));
        Assert.Null((await client.GetPageAsync("/admin/content/new/PracticeSheet")).Document.QuerySelector("[name='c.HtmlBodyPart.Html']"));
    }

    [Fact]
    public async Task Detach_APartItemsDependOn_IsRefusedWithTheReason_UntilTheTypeHasNoItems()
    {
        using var client = await _site.LoginAsync();
        var before = ContentDefinitionJson.ToJson(await DefinitionsAsync()).ToJsonString();
        var confirm = await client.GetPageAsync("/admin/types/CooperationProject/parts/AutoroutePart/delete");

        var refused = await client.SubmitAsync(confirm.Form("main form[method=post]"));
        var own = await client.Http.GetAsync(new Uri("/admin/types/CooperationProject/parts/CooperationProject/delete", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("5 contenu(s) de ce type en dépendent", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
        Assert.Equal(before, ContentDefinitionJson.ToJson(await DefinitionsAsync()).ToJsonString());

        var types = await client.GetPageAsync("/admin/types");
        await client.SubmitAsync(types.Form("main form[method=post]"), new() { ["NewTypeName"] = ["Evenement"] });
        var empty = await client.GetPageAsync("/admin/types/Evenement/parts/AutoroutePart/delete");
        var done = await client.SubmitAsync(empty.Form("main form[method=post]"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Null((await DefinitionsAsync()).Type("Evenement")!.Part("AutoroutePart"));
    }

    private async Task<ContentDefinitions> DefinitionsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetAsync();
    }

    public void Dispose() => _site.Dispose();
}
