using Efus.Cms.Search.Lucene.Documents;

namespace Efus.Cms.Search.Lucene.Tests.Documents;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Un</p><p>deux</p>", "Un deux")]
    [InlineData("vid<b>éo</b>", "vidéo")]
    [InlineData("a &lt; b &amp; c", "a < b & c")]
    [InlineData("<script>alert(1)</script>texte<style>p{}</style>", "texte")]
    [InlineData("a < b", "a < b")]
    [InlineData("", "")]
    public void ToPlainText_Html_GivesTheWordsAReaderSees(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));
}
