namespace Efus.Cms.Web.IntegrationTests.Search;

/// <summary>The theme's search page runs on the French Lucene search, not on titles only.</summary>
public sealed class SearchPageTests
{
    [Fact]
    public async Task SearchPage_GluedCompound_FindsTheHyphenatedAndSpacedFormsWithHighlights()
    {
        using var site = new EfusSite();

        var html = await site.CreateClient().GetStringAsync(new Uri("/search?q=vid%C3%A9osurveillance", UriKind.Relative));

        Assert.Contains("Charte pour une utilisation démocratique de la vidéosurveillance", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_WordOnlyInASessionTitle_FindsTheConferenceReport()
    {
        using var site = new EfusSite();

        var html = await site.CreateClient().GetStringAsync(new Uri("/search?q=cybercrime", UriKind.Relative));

        Assert.Contains("Comptes rendus des sessions de la conférence Sécurité, Démocratie et Villes 2024", html, StringComparison.Ordinal);
    }
}
