namespace Efus.Cms.Core.Media;

/// <summary>
/// Media paths as the store keys them: relative, '/'-separated, every segment a plain name. Anything
/// else (<c>..</c>, an absolute or drive path, a backslash, a control character, a reserved device
/// name) is refused, so no request, upload or folder name can reach outside the library.
/// </summary>
public static class MediaPaths
{
    public const int MaxLength = 400;

    private static readonly HashSet<string> _reservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The path itself when it is a valid file path of the library, else null. Leading and trailing '/' are dropped.</summary>
    public static string? Normalize(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Length > MaxLength)
        {
            return null;
        }

        var trimmed = path.Trim('/');
        if (trimmed.Length == 0)
        {
            return null;
        }

        return trimmed.Split('/').All(IsValidSegment) ? trimmed : null;
    }

    /// <summary>A folder path: "" is the library's root; otherwise as <see cref="Normalize"/>.</summary>
    public static string? NormalizeFolder(string? folder) =>
        string.IsNullOrWhiteSpace(folder) || folder.Trim('/').Length == 0 ? "" : Normalize(folder);

    public static bool IsValidSegment(string segment) =>
        segment.Length is > 0 and <= 120
        && segment is not "." and not ".."
        && !segment.EndsWith('.') && !segment.EndsWith(' ') && !segment.StartsWith(' ')
        && !segment.Any(c => char.IsControl(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
        && !IsReservedName(segment);

    /// <summary>A Windows device name (<c>con</c>, <c>lpt1</c>…), with or without an extension.</summary>
    public static bool IsReservedName(string segment)
    {
        var dot = segment.IndexOf('.', StringComparison.Ordinal);
        return _reservedNames.Contains(dot < 0 ? segment : segment[..dot]);
    }

    public static string Combine(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    /// <summary>The folder holding the path ("" for the root).</summary>
    public static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    public static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];
}
