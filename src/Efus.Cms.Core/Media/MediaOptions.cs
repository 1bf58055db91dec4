namespace Efus.Cms.Core.Media;

/// <summary>The <c>Cms:Media</c> configuration section.</summary>
public sealed class MediaOptions
{
    public const string Section = "Cms:Media";

    /// <summary>The largest file an editor may upload, in bytes (default 20 MB).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    public static IReadOnlyList<int> DefaultWidths { get; } = [160, 320, 640, 1024, 1600];

    /// <summary>
    /// The only widths <c>/media/{path}?width=</c> answers, so that no one can fill the disk with arbitrary
    /// sizes; empty means <see cref="DefaultWidths"/> (a configured list replaces it, never adds to it).
    /// </summary>
    public int[] ResizeWidths { get; set; } = [];

    public IReadOnlyList<int> Widths => ResizeWidths.Length > 0 ? ResizeWidths : DefaultWidths;
}
