using System.Net;
using System.Text.Json.Nodes;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Tests.Security;

/// <summary>landscape.md §3.2 rows 1 and 2: hostile titles, term names and rich text are inert on every admin page.</summary>
public sealed class XssTests : IDisposable
{
    private const string ImgTitle = "<img src=x onerror=alert(1)>";
    private const string SvgTitle = "\"><svg onload=alert(2)>";
    private const string FrameTitle = "<iframe src=\"javascript:alert(3)\"></iframe>";
    private const string EvilHtml = "<p>Texte</p><script>alert(4)</script><img src=x onerror=alert(5)><a href=\"java\tscript:alert(6)\">lien</a>"
        + "<a href=\"javascript:alert(7)\">l2</a><iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style><base href=\"https://evil.example/\">";

    private readonly AdminSite _site = new();

    [Fact]
    public async Task HostileTitlesAndRichText_AreEncodedOrStrippedOnEveryAdminPage()
    {
        using var client = await _site.LoginAsync();
        await AddHostileTermAsync();
        var id = await ContentForms.CreatePracticeSheetAsync(client, ImgTitle + SvgTitle + FrameTitle, extra: new()
        {
            ["c.PracticeSheet.Context"] = [EvilHtml],
            ["c.PracticeSheet.City"] = [ImgTitle],
            ["c.PracticeSheet.Themes"] = ["4efus0term0000000000000099"],
        });
        var edit = await client.GetPageAsync($"/admin/content/{id}/edit");
        await client.SubmitAsync(edit.ContentForm, new() { ["c.PracticeSheet.City"] = [SvgTitle] }, formAction: "?handler=Publish");

        var stored = (await _site.GetAsync(id))!;
        var html = stored.Field("PracticeSheet", "Context")!["Html"]!.GetValue<string>();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<base", html, StringComparison.OrdinalIgnoreCase);

        var versions = await client.GetPageAsync($"/admin/content/{id}/versions");
        var ids = versions.Document.QuerySelectorAll("input[name=from]").Select(i => i.GetAttribute("value")).ToList();
        string[] pages =
        [
            "/admin", "/admin/content", "/admin/content?q=img", $"/admin/content/{id}/edit", $"/admin/content/{id}/versions",
            $"/admin/content/{id}/diff?from={ids[^1]}&to={ids[0]}", $"/admin/content/{id}/delete", "/admin/audit", $"/admin/content/{id}/preview",
            "/admin/content/new/PracticeSheet",
        ];
        foreach (var url in pages)
        {
            var page = await client.GetPageAsync(url);
            AssertInert(url, page);
        }
    }

    [Fact]
    public async Task RefusedSave_EchoesTheInputSanitised()
    {
        using var client = await _site.LoginAsync();
        var page = await client.GetPageAsync("/admin/content/new/PracticeSheet");
        var values = ContentForms.PracticeSheet(ImgTitle, context: EvilHtml);
        values["c.PracticeSheet.Year"] = ["99999"];

        var response = await client.SubmitAsync(page.ContentForm, values);
        var shown = await AdminClient.Page.ParseAsync("/admin/content/new/PracticeSheet", response, await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertInert("refused save", shown);
        var context = shown.Document.QuerySelector("textarea[name='c.PracticeSheet.Context']")!.TextContent;
        Assert.DoesNotContain("<script", context, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", context, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>No element the payloads would create exists in the parsed page, and no attribute runs script.</summary>
    private static void AssertInert(string url, AdminClient.Page page)
    {
        var document = page.Document;
        Assert.True(document.QuerySelectorAll("script:not([src])").Length == 0, $"{url}: inline script");
        Assert.True(document.QuerySelectorAll("iframe, svg, base, object, embed").Length == 0, $"{url}: injected element");
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{url}: {attribute.Name} on <{element.LocalName}>");
                Assert.False(attribute.Name is "href" or "src" or "action" or "formaction" && attribute.Value.Replace("\t", "", StringComparison.Ordinal).Contains("javascript:", StringComparison.OrdinalIgnoreCase),
                    $"{url}: javascript: URL in {attribute.Name}");
            }
        }
    }

    private Task<ContentItem> AddHostileTermAsync() => _site.WithContentAsync(async m =>
    {
        var taxonomy = (await m.GetAsync(Ids.Themes, VersionOptions.Latest))!;
        var terms = taxonomy.Part("TaxonomyPart")!["Terms"]!.AsArray();
        terms.Add(new JsonObject
        {
            ["ContentItemId"] = "4efus0term0000000000000099",
            ["ContentItemVersionId"] = "4efusvterm0000000000000099",
            ["ContentType"] = "Theme",
            ["DisplayText"] = ImgTitle,
            ["TitlePart"] = new JsonObject { ["Title"] = ImgTitle },
        });
        var updated = await m.UpdateAsync(taxonomy);
        return await m.PublishAsync(updated.ContentItemId);
    });

    public void Dispose() => _site.Dispose();
}
