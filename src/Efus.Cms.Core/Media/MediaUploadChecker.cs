namespace Efus.Cms.Core.Media;

/// <summary>
/// Decides whether an uploaded file may enter the library: not empty, within the size limit, a kind
/// recognised by its content whose extension agrees with it, an SVG without script or external
/// references, and a name that sanitises to something.
/// </summary>
public static class MediaUploadChecker
{
    public static MediaCheck Check(string? fileName, ReadOnlySpan<byte> content, long maxBytes)
    {
        if (content.Length == 0)
        {
            return MediaCheck.Refuse(MediaRejection.Empty);
        }

        if (content.Length > maxBytes)
        {
            return MediaCheck.Refuse(MediaRejection.TooLarge);
        }

        var name = MediaFileNames.Sanitize(fileName);
        if (name is null)
        {
            return MediaCheck.Refuse(MediaRejection.InvalidName);
        }

        if (MediaSniffer.Detect(content) is not { } kind)
        {
            return MediaCheck.Refuse(MediaRejection.UnknownContent);
        }

        var announced = MediaKinds.FromExtension(name);
        if (announced is null && Path.GetExtension(name).Length == 0)
        {
            name += MediaKinds.Extensions(kind)[0];
        }
        else if (announced != kind)
        {
            return MediaCheck.Refuse(MediaRejection.ExtensionMismatch, kind.ToString());
        }

        if (kind == MediaKind.Svg && SvgSafety.FindHazard(content.ToArray()) is { } hazard)
        {
            return MediaCheck.Refuse(MediaRejection.UnsafeSvg, hazard);
        }

        return new MediaCheck(name, kind, null);
    }
}
