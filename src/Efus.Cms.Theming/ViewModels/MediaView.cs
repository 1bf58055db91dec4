namespace Efus.Cms.Theming.ViewModels;

/// <summary>
/// A media file: its URL under <c>/media/</c>, file name, upper-case extension (PDF) and alternative text.
/// An image also says how to show it: <see cref="Src"/> and <see cref="Srcset"/> at the resizer's widths
/// (<c>?width=</c>) for JPEG, PNG and WebP; GIF and SVG are shown as they are.
/// </summary>
public sealed record MediaView(string Url, string Name, string Extension, string? Text)
{
    public bool IsImage { get; init; }

    /// <summary>The image at a middle width (the original when it cannot be resized).</summary>
    public string? Src { get; init; }

    /// <summary><c>url?width=320 320w, …</c>, or null when the image cannot be resized.</summary>
    public string? Srcset { get; init; }
}
