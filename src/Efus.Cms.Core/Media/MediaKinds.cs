namespace Efus.Cms.Core.Media;

/// <summary>What each accepted kind is called on disk and on the wire.</summary>
public static class MediaKinds
{
    /// <summary>The extensions each kind may carry; the first is the one a file without a known extension gets.</summary>
    public static IReadOnlyList<string> Extensions(MediaKind kind) => kind switch
    {
        MediaKind.Pdf => [".pdf"],
        MediaKind.Jpeg => [".jpg", ".jpeg"],
        MediaKind.Png => [".png"],
        MediaKind.WebP => [".webp"],
        MediaKind.Gif => [".gif"],
        MediaKind.Svg => [".svg"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown media kind."),
    };

    public static string ContentType(MediaKind kind) => kind switch
    {
        MediaKind.Pdf => "application/pdf",
        MediaKind.Jpeg => "image/jpeg",
        MediaKind.Png => "image/png",
        MediaKind.WebP => "image/webp",
        MediaKind.Gif => "image/gif",
        MediaKind.Svg => "image/svg+xml",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown media kind."),
    };

    /// <summary>The kind a file name's extension announces, or null when the library does not take it.</summary>
    public static MediaKind? FromExtension(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        foreach (var kind in Enum.GetValues<MediaKind>())
        {
            if (Extensions(kind).Contains(extension))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Raster images the site can resize.</summary>
    public static bool IsResizable(MediaKind kind) => kind is MediaKind.Jpeg or MediaKind.Png or MediaKind.WebP;

    public static bool IsImage(MediaKind kind) => kind is not MediaKind.Pdf;

    /// <summary>The extensions the upload field accepts, for its <c>accept</c> attribute.</summary>
    public static string AcceptAttribute { get; } =
        string.Join(',', Enum.GetValues<MediaKind>().SelectMany(Extensions));
}
