using Efus.Cms.Admin.Tests.Infrastructure;

namespace Efus.Cms.Admin.Tests.Audit;

public sealed class AuditTrailTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task ContentChanges_AreListedWithTheirAuthor_AndFilterable()
    {
        await _site.CreateUserAsync("claire", "Author");
        using var claire = await _site.LoginAsync("claire");
        var id = await ContentForms.CreatePracticeSheetAsync(claire, "Suivie au journal", publish: true);
        var page = await claire.GetPageAsync($"/admin/content/{id}/edit");
        await claire.SubmitAsync(page.ContentForm, new() { ["c.PracticeSheet.City"] = ["Metz"] });

        var journal = await claire.GetPageAsync($"/admin/audit?item={id}");
        var rows = journal.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();

        Assert.Equal(["Modifié", "Publié", "Créé"], rows.Select(r => r[2]));
        Assert.All(rows, r => Assert.Equal("claire", r[1]));
        Assert.All(rows, r => Assert.StartsWith("Suivie au journal", r[3], StringComparison.Ordinal));
        var logins = await claire.GetPageAsync("/admin/audit?action=LoggedIn&user=claire");
        Assert.Single(logins.Document.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task SetupRecipe_ImportsAreInTheTrail()
    {
        using var client = await _site.LoginAsync();

        var journal = await client.GetPageAsync("/admin/audit?action=Imported");

        var count = int.Parse(journal.Text("p[role=status]")!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 12, $"{count} imports in the trail");
        Assert.Contains("SURVEILLE", journal.Html, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();
}
