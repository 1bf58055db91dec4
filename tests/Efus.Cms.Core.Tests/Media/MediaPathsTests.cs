using Efus.Cms.Core.Media;

namespace Efus.Cms.Core.Tests.Media;

public sealed class MediaPathsTests
{
    [Theory]
    [InlineData("documents/rapport.pdf", "documents/rapport.pdf")]
    [InlineData("/logo.png", "logo.png")]
    [InlineData("a/b/c.svg/", "a/b/c.svg")]
    public void Normalize_LibraryPath_IsKept(string path, string expected)
    {
        Assert.Equal(expected, MediaPaths.Normalize(path));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("documents/../../etc/passwd")]
    [InlineData("./rapport.pdf")]
    [InlineData("documents//rapport.pdf")]
    [InlineData("..\\..\\windows\\win.ini")]
    [InlineData("C:/windows/win.ini")]
    [InlineData("con.pdf")]
    [InlineData("docs/LPT1")]
    [InlineData("a\u0000.pdf")]
    [InlineData("rapport.pdf.")]
    [InlineData("")]
    [InlineData("/")]
    [InlineData(null)]
    public void Normalize_HostilePath_IsNull(string? path)
    {
        Assert.Null(MediaPaths.Normalize(path));
    }

    [Fact]
    public void NormalizeFolder_Empty_IsRoot()
    {
        Assert.Equal("", MediaPaths.NormalizeFolder(null));
        Assert.Equal("", MediaPaths.NormalizeFolder("/"));
        Assert.Null(MediaPaths.NormalizeFolder(".."));
    }
}
