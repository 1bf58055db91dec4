using Efus.Cms.Theming.ViewModels;

namespace Efus.Cms.Theming.Tests.ViewModels;

public sealed class SafeTextTests
{
    [Theory]
    [InlineData("https://efus.eu/fr/", "https://efus.eu/fr/")]
    [InlineData("mailto:contact@efus.eu", "mailto:contact@efus.eu")]
    [InlineData("/projets/protect", "/projets/protect")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData(" JavaScript:alert(1)", null)]
    [InlineData("data:text/html,<script>", null)]
    [InlineData("//evil.example/x", null)]
    [InlineData("", null)]
    public void SafeUrl_OnlyWebMailAndSiteLinks_AreKept(string url, string? expected) =>
        Assert.Equal(expected, ItemViewBuilder.SafeUrl(url));

    [Fact]
    public void PlainText_FromHtml_StripsTagsDecodesEntitiesAndKeepsWordsApart()
    {
        Assert.Equal("Contexte & enjeux. Deux villes", PlainText.FromHtml("<p>Contexte &amp; enjeux.</p><p>Deux <b>villes</b></p>"));
    }

    [Fact]
    public void Truncate_LongText_CutsAtAWordWithAnEllipsis()
    {
        Assert.Equal("La technologie est un…", PlainText.Truncate("La technologie est un outil précieux", 22));
        Assert.Equal("court", PlainText.Truncate("court", 22));
    }
}
