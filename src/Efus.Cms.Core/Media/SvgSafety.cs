using System.Text.RegularExpressions;
using System.Xml;

namespace Efus.Cms.Core.Media;

/// <summary>
/// Refuses an SVG that could run script or reach outside itself: script and embedding elements,
/// event-handler attributes, links other than to a fragment of the same file or an inline raster
/// image, CSS with <c>url()</c> to elsewhere or <c>@import</c>, and any DTD (entities). Refusing is
/// plainer than rewriting: the editor learns why, and what is stored is exactly what was checked.
/// </summary>
public static partial class SvgSafety
{
    private static readonly HashSet<string> _forbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener", "audio", "video", "canvas", "html", "body",
    };

    private static readonly HashSet<string> _linkAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "action", "formaction" };

    /// <summary>Null when the SVG is safe to serve; otherwise what was found, in English, for logs and tests.</summary>
    public static string? FindHazard(byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = false,
        };
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            var rootSeen = false;
            var inStyle = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.ProcessingInstruction:
                        return $"processing instruction <?{reader.Name}?>";
                    case XmlNodeType.Element:
                        if (!rootSeen && reader.LocalName != "svg")
                        {
                            return $"root element <{reader.LocalName}> is not <svg>";
                        }

                        rootSeen = true;
                        if (ElementHazard(reader) is { } hazard)
                        {
                            return hazard;
                        }

                        inStyle = reader.LocalName == "style" && !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.EndElement:
                        inStyle = false;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle:
                        if (CssHazard(reader.Value) is { } css)
                        {
                            return css;
                        }

                        break;
                    default:
                        break;
                }
            }

            return rootSeen ? null : "no <svg> element";
        }
        catch (XmlException exception)
        {
            return $"not well-formed XML or has a DTD: {exception.Message}";
        }
    }

    private static string? ElementHazard(XmlReader reader)
    {
        var name = reader.LocalName;
        if (_forbiddenElements.Contains(name))
        {
            return $"element <{name}>";
        }

        // SMIL animation can rewrite an href or an event attribute after the file was checked.
        var animates = name is "set" or "animate" or "animateTransform" or "animateMotion";
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var attribute = reader.LocalName;
            var value = reader.Value;
            if (attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return $"event handler {reader.Name}";
            }

            if (_linkAttributes.Contains(attribute) && !IsSafeLink(value))
            {
                return $"reference {reader.Name}=\"{value}\"";
            }

            if (animates && attribute == "attributeName"
                && (value.StartsWith("on", StringComparison.OrdinalIgnoreCase) || value.Contains("href", StringComparison.OrdinalIgnoreCase)))
            {
                return $"animation of {value}";
            }

            if (CssHazard(value) is { } css && (attribute == "style" || value.Contains("url(", StringComparison.OrdinalIgnoreCase)))
            {
                return css;
            }
        }

        reader.MoveToElement();
        return null;
    }

    private static bool IsSafeLink(string value)
    {
        var link = value.Trim();
        return link.StartsWith('#') || InlineImage().IsMatch(link);
    }

    private static string? CssHazard(string css)
    {
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase) || css.Contains("expression(", StringComparison.OrdinalIgnoreCase)
            || css.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return "style with @import, expression() or javascript:";
        }

        foreach (Match match in CssUrl().Matches(css))
        {
            if (!IsSafeLink(match.Groups["url"].Value.Trim('\'', '"', ' ')))
            {
                return $"style url({match.Groups["url"].Value})";
            }
        }

        return null;
    }

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex InlineImage();

    [GeneratedRegex(@"url\s*\((?<url>[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
