namespace Efus.Cms.Web.IntegrationTests.PublicSite;

public sealed class ThemeOverrideTests
{
    [Fact]
    public async Task TemplateInTheDataFolderTheme_OverridesTheModulesTemplate()
    {
        using var site = new EfusSite();
        var folder = Directory.CreateDirectory(Path.Combine(site.DataPath, "Themes", "Efus.Cms.UrbanSecurity")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "Content-Publication.Summary.liquid"),
            "<article class=\"card\"><h3 class=\"override\"><a href=\"{{ item.url }}\">{{ item.title | upcase }}</a></h3></article>");

        var html = await PublicPagesTests.French(site).GetStringAsync(new Uri("/publications", UriKind.Relative));
        var projects = await PublicPagesTests.French(site).GetStringAsync(new Uri("/projets", UriKind.Relative));

        Assert.Contains("<h3 class=\"override\"><a href=\"/publications/citoyens-villes-et-videosurveillance\">CITOYENS, VILLES ET VIDÉOSURVEILLANCE</a></h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"override\"", projects, StringComparison.Ordinal);
    }
}
