using Efus.Cms.Core.Media;
using SkiaSharp;

namespace Efus.Cms.Web.Media;

/// <summary>
/// Scales a JPEG, PNG or WebP image down to a width, keeping its format and proportions. The
/// header is read before anything is decoded, so an image claiming huge dimensions (a
/// decompression bomb) is refused without allocating its pixels.
/// </summary>
public static class ImageResizer
{
    /// <summary>40 megapixels: more than any photo an editor uploads, far less than a bomb.</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>The resized image; the original bytes when it is already narrow enough; null when it cannot be decoded.</summary>
    public static byte[]? Resize(byte[] content, MediaKind kind, int width)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return null;
        }

        if (codec.Info.Width <= width)
        {
            return content;
        }

        using var original = SKBitmap.Decode(codec);
        if (original is null)
        {
            return null;
        }

        var height = Math.Max(1, (int)Math.Round((double)original.Height * width / original.Width));
        using var resized = original.Resize(new SKImageInfo(width, height, original.ColorType, original.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null)
        {
            return null;
        }

        using var image = SKImage.FromBitmap(resized);
        using var encoded = kind switch
        {
            MediaKind.Jpeg => image.Encode(SKEncodedImageFormat.Jpeg, 82),
            MediaKind.WebP => image.Encode(SKEncodedImageFormat.Webp, 80),
            _ => image.Encode(SKEncodedImageFormat.Png, 100),
        };
        return encoded?.ToArray();
    }
}
