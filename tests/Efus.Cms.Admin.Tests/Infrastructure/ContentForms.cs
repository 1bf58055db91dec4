using System.Net;

namespace Efus.Cms.Admin.Tests.Infrastructure;

/// <summary>Filling the generated content forms the way an editor does.</summary>
public static class ContentForms
{
    /// <summary>The fields of a practice sheet an editor fills first.</summary>
    public static Dictionary<string, string[]> PracticeSheet(string title, string context = "<p>Un <strong>contexte</strong> précis.</p>") => new()
    {
        ["c.TitlePart.Title"] = [title],
        ["c.PracticeSheet.City"] = ["Lyon"],
        ["c.PracticeSheet.Country"] = ["France"],
        ["c.PracticeSheet.Year"] = ["2024"],
        ["c.PracticeSheet.Context"] = [context],
        ["c.PracticeSheet.Themes"] = [Ids.SmartCities, Ids.Ethics],
        ["c.PracticeSheet.RelatedProjects"] = [Ids.Protect],
    };

    /// <summary>Creates a practice sheet through the form; returns its id (from the redirect to its edit page).</summary>
    public static async Task<string> CreatePracticeSheetAsync(AdminClient client, string title, bool publish = false, Dictionary<string, string[]>? extra = null)
    {
        var page = await client.GetPageAsync("/admin/content/new/PracticeSheet");
        var values = PracticeSheet(title);
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }

        var response = await client.SubmitAsync(page.ContentForm, values, formAction: publish ? "?handler=Publish" : null);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"create answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/admin/content/[^/]+/edit$", location);
        return location.Split('/')[3];
    }
}
