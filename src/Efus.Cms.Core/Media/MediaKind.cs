namespace Efus.Cms.Core.Media;

/// <summary>The kinds of file the media library accepts, recognised by their content.</summary>
public enum MediaKind
{
    Pdf,
    Jpeg,
    Png,
    WebP,
    Gif,
    Svg,
}
