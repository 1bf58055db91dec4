using System.Text;
using Efus.Cms.Core.Media;

namespace Efus.Cms.Core.Tests.Media;

public sealed class MediaSnifferTests
{
    public static TheoryData<string, MediaKind> Samples => new()
    {
        { "pdf", MediaKind.Pdf },
        { "png", MediaKind.Png },
        { "jpeg", MediaKind.Jpeg },
        { "gif", MediaKind.Gif },
        { "webp", MediaKind.WebP },
        { "svg", MediaKind.Svg },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Detect_MagicBytes_ReturnsKind(string sample, MediaKind expected)
    {
        var content = sample switch
        {
            "pdf" => MediaSamples.Pdf,
            "png" => MediaSamples.Png,
            "jpeg" => MediaSamples.Jpeg,
            "gif" => MediaSamples.Gif,
            "webp" => MediaSamples.WebP,
            _ => MediaSamples.Svg("<rect width=\"5\" height=\"5\"/>"),
        };

        Assert.Equal(expected, MediaSniffer.Detect(content));
    }

    [Fact]
    public void Detect_SvgAfterXmlDeclarationAndComment_IsSvg()
    {
        var content = Encoding.UTF8.GetBytes("\uFEFF<?xml version=\"1.0\"?>\n<!-- logo -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        Assert.Equal(MediaKind.Svg, MediaSniffer.Detect(content));
    }

    [Theory]
    [InlineData("<html><body>%PDF-1.4</body></html>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("MZ\u0090\u0000")]
    [InlineData("   just text")]
    [InlineData("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg/>")]
    public void Detect_OtherContent_IsUnknown(string text)
    {
        Assert.Null(MediaSniffer.Detect(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Detect_PolyglotHtmlWithPdfMagicLater_IsUnknown()
    {
        // A file that a browser would read as HTML and a lax reader as PDF: the magic must come first.
        var content = Encoding.ASCII.GetBytes("<html><script>alert(document.cookie)</script>\n%PDF-1.4\n%%EOF");

        Assert.Null(MediaSniffer.Detect(content));
    }

    [Fact]
    public void Detect_Empty_IsUnknown()
    {
        Assert.Null(MediaSniffer.Detect([]));
    }
}
