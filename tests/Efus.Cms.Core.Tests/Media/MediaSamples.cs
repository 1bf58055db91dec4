using System.Text;

namespace Efus.Cms.Core.Tests.Media;

/// <summary>The first bytes of real files of each kind, enough for sniffing.</summary>
internal static class MediaSamples
{
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

    public static byte[] Png { get; } = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Jpeg { get; } = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];

    public static byte[] Gif { get; } = Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00");

    public static byte[] WebP { get; } = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8];

    public static byte[] Svg(string body) => Encoding.UTF8.GetBytes($"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">{body}</svg>""");
}
