using System.Text;
using Efus.Cms.Core.Media;

namespace Efus.Cms.Core.Tests.Media;

public sealed class SvgSafetyTests
{
    [Theory]
    [InlineData("<rect width=\"5\" height=\"5\" fill=\"#c00\"/>")]
    [InlineData("<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"5\" height=\"5\"/>")]
    [InlineData("<use xlink:href=\"#shape\"/>")]
    [InlineData("<style>rect { fill: red; }</style><rect width=\"1\" height=\"1\"/>")]
    [InlineData("<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/>")]
    public void FindHazard_PlainDrawing_IsNull(string body)
    {
        Assert.Null(SvgSafety.FindHazard(MediaSamples.Svg(body)));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<script xlink:href=\"https://evil.example/x.js\"/>")]
    [InlineData("<rect onload=\"alert(1)\" width=\"1\" height=\"1\"/>")]
    [InlineData("<rect ONCLICK=\"alert(1)\" width=\"1\" height=\"1\"/>")]
    [InlineData("<foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\"/></body></foreignObject>")]
    [InlineData("<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\"><text>x</text></a>")]
    [InlineData("<image href=\"https://tracker.example/pixel.png\"/>")]
    [InlineData("<use href=\"other.svg#shape\"/>")]
    [InlineData("<image href=\"data:text/html;base64,PHNjcmlwdD4=\"/>")]
    [InlineData("<set attributeName=\"onmouseover\" to=\"alert(1)\"/>")]
    [InlineData("<animate attributeName=\"href\" to=\"javascript:alert(1)\"/>")]
    [InlineData("<style>@import url(https://evil.example/a.css);</style>")]
    [InlineData("<rect style=\"fill: url(https://evil.example/x)\" width=\"1\" height=\"1\"/>")]
    [InlineData("<iframe src=\"https://evil.example\"/>")]
    public void FindHazard_ScriptOrExternalReference_IsReported(string body)
    {
        Assert.NotNull(SvgSafety.FindHazard(MediaSamples.Svg(body)));
    }

    [Fact]
    public void FindHazard_Dtd_IsReported()
    {
        // Entities could expand (billion laughs) or reach files (XXE): no DTD at all.
        var content = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>");

        Assert.NotNull(SvgSafety.FindHazard(content));
    }

    [Fact]
    public void FindHazard_NotWellFormed_IsReported()
    {
        Assert.NotNull(SvgSafety.FindHazard(Encoding.UTF8.GetBytes("<svg><rect></svg>")));
    }
}
