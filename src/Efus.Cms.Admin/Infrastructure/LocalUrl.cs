namespace Efus.Cms.Admin.Infrastructure;

/// <summary>Where a login may send the editor back: a path of this site, never another host.</summary>
public static class LocalUrl
{
    /// <summary>
    /// True for "/admin/…" style paths only: "//evil", "/\evil", "http://evil" and control
    /// characters (browsers drop tabs and newlines, turning "/\t/evil" into "//evil") are refused.
    /// </summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || url.Any(char.IsControl) || url.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
    }

    public static string OrAdmin(string? url) => IsLocal(url) ? url! : "/admin";
}
