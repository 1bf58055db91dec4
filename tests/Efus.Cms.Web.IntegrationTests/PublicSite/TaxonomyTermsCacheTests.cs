using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Efus.Cms.Web.IntegrationTests.PublicSite;

/// <summary>A taxonomy's terms are kept across requests, and a renamed term shows at the next rendering.</summary>
public sealed class TaxonomyTermsCacheTests
{
    [Fact]
    public async Task TermRenamed_ShowsOnTheNextRenderedPage()
    {
        using var site = new EfusSite();
        await SiteContent.PracticeSheetAsync(site);
        var client = PublicPagesTests.French(site);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "rendered-each-time");
        var path = new Uri("/fiches-de-pratique/mediateurs-numeriques-a-lyon", UriKind.Relative);
        var before = await client.GetStringAsync(path);
        Assert.Equal(before, await client.GetStringAsync(path));
        Assert.Contains(">Vidéosurveillance<", before, StringComparison.Ordinal);

        await SiteContent.EditAsync(site, SiteContent.ThemesTaxonomyId, taxonomy =>
        {
            var term = Find(taxonomy.Parts["TaxonomyPart"]!["Terms"]!.AsArray(), SiteContent.VideoSurveillanceTermId)!;
            term["DisplayText"] = "Vidéoprotection urbaine";
            term["TitlePart"] = new JsonObject { ["Title"] = "Vidéoprotection urbaine" };
        });

        var after = await client.GetStringAsync(path);
        Assert.Contains(">Vidéoprotection urbaine<", after, StringComparison.Ordinal);
        Assert.DoesNotContain(">Vidéosurveillance<", after, StringComparison.Ordinal);
    }

    private static JsonObject? Find(JsonArray terms, string id)
    {
        foreach (var term in terms.OfType<JsonObject>())
        {
            if (term["ContentItemId"]?.GetValue<string>() == id)
            {
                return term;
            }

            if (term["Terms"] is JsonArray children && Find(children, id) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
