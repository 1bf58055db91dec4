using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Media;

/// <summary>
/// Turns a name from a browser into a safe one: only the last segment of whatever path it carries,
/// accents folded, lowercase letters, digits and hyphens (as a slug), a reserved device name
/// suffixed, the extension kept apart.
/// </summary>
public static class MediaFileNames
{
    /// <summary>A safe file name, or null when nothing usable is left (e.g. only punctuation).</summary>
    public static string? Sanitize(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        var cleaned = new string([.. fileName.Where(c => !char.IsControl(c))]);
        var last = cleaned.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var dot = last.LastIndexOf('.');
        var stem = Slug.From(dot > 0 ? last[..dot] : last);
        var extension = dot > 0 ? "." + Slug.From(last[(dot + 1)..]).Replace("-", "", StringComparison.Ordinal) : "";
        if (stem.Length == 0)
        {
            return null;
        }

        if (stem.Length > 100)
        {
            stem = stem[..100].TrimEnd('-');
        }

        if (MediaPaths.IsReservedName(stem))
        {
            stem += "-fichier";
        }

        return stem + (extension.Length > 1 ? extension : "");
    }

    /// <summary>A folder name typed by an editor, made safe the same way (no extension).</summary>
    public static string? SanitizeFolder(string? name)
    {
        var slug = Slug.From(name is null ? null : new string([.. name.Where(c => !char.IsControl(c))]));
        if (slug.Length == 0)
        {
            return null;
        }

        slug = slug.Length > 100 ? slug[..100].TrimEnd('-') : slug;
        return MediaPaths.IsReservedName(slug) ? slug + "-dossier" : slug;
    }
}
