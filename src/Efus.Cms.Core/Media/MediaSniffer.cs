using System.Text;

namespace Efus.Cms.Core.Media;

/// <summary>
/// Recognises a file by its first bytes (its "magic number"), never by its name: a PNG renamed
/// <c>.pdf</c> is still a PNG. SVG, being text, is recognised by its root element.
/// </summary>
public static class MediaSniffer
{
    private static readonly byte[] _pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] _jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] _gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] _gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] _riff = "RIFF"u8.ToArray();
    private static readonly byte[] _webp = "WEBP"u8.ToArray();

    public static MediaKind? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(_pdf))
        {
            return MediaKind.Pdf;
        }

        if (content.StartsWith(_jpeg))
        {
            return MediaKind.Jpeg;
        }

        if (content.StartsWith(_png))
        {
            return MediaKind.Png;
        }

        if (content.StartsWith(_gif87) || content.StartsWith(_gif89))
        {
            return MediaKind.Gif;
        }

        if (content.Length >= 12 && content.StartsWith(_riff) && content.Slice(8, 4).SequenceEqual(_webp))
        {
            return MediaKind.WebP;
        }

        return LooksLikeSvg(content) ? MediaKind.Svg : null;
    }

    /// <summary>Text whose first element (after the XML declaration, comments and whitespace) is <c>&lt;svg</c>.</summary>
    private static bool LooksLikeSvg(ReadOnlySpan<byte> content)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 4096)]).TrimStart('\uFEFF');
        var i = 0;
        while (i < head.Length)
        {
            if (char.IsWhiteSpace(head[i]))
            {
                i++;
            }
            else if (head.AsSpan(i).StartsWith("<?xml", StringComparison.Ordinal))
            {
                i = Skip(head, i, "?>");
            }
            else if (head.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                i = Skip(head, i, "-->");
            }
            else
            {
                // A DOCTYPE is not skipped: SvgSafety refuses DTDs, and so does this.
                return head.AsSpan(i).StartsWith("<svg", StringComparison.Ordinal)
                    && i + 4 < head.Length && (char.IsWhiteSpace(head[i + 4]) || head[i + 4] is '>' or '/');
            }
        }

        return false;
    }

    private static int Skip(string text, int start, string end)
    {
        var index = text.IndexOf(end, start, StringComparison.Ordinal);
        return index < 0 ? text.Length : index + end.Length;
    }
}
