using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Tests.Content;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Charte pour une utilisation démocratique de la vidéosurveillance", "charte-pour-une-utilisation-democratique-de-la-videosurveillance")]
    [InlineData("L’IA : opportunités et menaces", "l-ia-opportunites-et-menaces")]
    [InlineData("Mise en œuvre – 2024", "mise-en-oeuvre-2024")]
    [InlineData("  ", "")]
    public void From_FrenchTitle_GivesAsciiSlug(string title, string expected) => Assert.Equal(expected, Slug.From(title));

    [Theory]
    [InlineData("projets/protect", true)]
    [InlineData("projets/../admin", false)]
    [InlineData("a//b", false)]
    [InlineData("<script>", false)]
    public void IsValid_Path_RefusesTraversalAndMarkup(string path, bool expected) => Assert.Equal(expected, AutoroutePath.IsValid(path));

    [Fact]
    public void Generate_OrchardPattern_PrefixesTheSlug()
    {
        var item = new ContentItem { DisplayText = "Sécurité urbaine" };

        var path = AutoroutePath.Generate("fiches-de-pratique/{{ Model.ContentItem | display_text | slugify }}", item);

        Assert.Equal("fiches-de-pratique/securite-urbaine", path);
    }
}
