using Efus.Cms.Core.Media;

namespace Efus.Cms.Core.Tests.Media;

public sealed class MediaUploadCheckerTests
{
    private const long Limit = 1024;

    [Fact]
    public void Check_Pdf_IsAcceptedWithSafeName()
    {
        var check = MediaUploadChecker.Check("Manifeste 2025.pdf", MediaSamples.Pdf, Limit);

        Assert.True(check.Accepted);
        Assert.Equal("manifeste-2025.pdf", check.FileName);
        Assert.Equal(MediaKind.Pdf, check.Kind);
    }

    [Fact]
    public void Check_PngRenamedPdf_IsRefusedForItsContent()
    {
        var check = MediaUploadChecker.Check("rapport.pdf", MediaSamples.Png, Limit);

        Assert.Equal(MediaRejection.ExtensionMismatch, check.Rejection);
    }

    [Fact]
    public void Check_HtmlNamedPdf_IsRefusedAsUnknown()
    {
        var check = MediaUploadChecker.Check("rapport.pdf", "<html><script>alert(1)</script></html>"u8, Limit);

        Assert.Equal(MediaRejection.UnknownContent, check.Rejection);
    }

    [Fact]
    public void Check_PolyglotPngNamedSvg_IsRefused()
    {
        // PNG magic followed by SVG markup: a PNG by its bytes, so it may not pass as an SVG.
        byte[] content = [.. MediaSamples.Png, .. MediaSamples.Svg("<script>alert(1)</script>")];

        var check = MediaUploadChecker.Check("image.svg", content, Limit);

        Assert.Equal(MediaRejection.ExtensionMismatch, check.Rejection);
    }

    [Fact]
    public void Check_SvgWithScript_IsRefused()
    {
        var check = MediaUploadChecker.Check("logo.svg", MediaSamples.Svg("<script>alert(1)</script>"), Limit);

        Assert.Equal(MediaRejection.UnsafeSvg, check.Rejection);
    }

    [Fact]
    public void Check_TooLarge_IsRefused()
    {
        var check = MediaUploadChecker.Check("a.pdf", [.. MediaSamples.Pdf, .. new byte[Limit]], Limit);

        Assert.Equal(MediaRejection.TooLarge, check.Rejection);
    }

    [Fact]
    public void Check_Empty_IsRefused()
    {
        Assert.Equal(MediaRejection.Empty, MediaUploadChecker.Check("a.pdf", [], Limit).Rejection);
    }

    [Fact]
    public void Check_NameWithoutExtension_GetsTheContentsExtension()
    {
        var check = MediaUploadChecker.Check("../../etc/passwd", MediaSamples.Png, Limit);

        Assert.True(check.Accepted);
        Assert.Equal("passwd.png", check.FileName);
    }

    [Fact]
    public void Check_JpegWithJpegExtension_IsAccepted()
    {
        Assert.True(MediaUploadChecker.Check("photo.JPEG", MediaSamples.Jpeg, Limit).Accepted);
    }

    [Fact]
    public void Check_ExecutableExtension_IsRefused()
    {
        Assert.Equal(MediaRejection.ExtensionMismatch, MediaUploadChecker.Check("setup.exe", MediaSamples.Pdf, Limit).Rejection);
    }
}
