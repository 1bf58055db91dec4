using System.Net;
using System.Text.RegularExpressions;

namespace Efus.Cms.Theming.ViewModels;

/// <summary>Rich text as one line of plain text (for summaries, meta descriptions and feeds).</summary>
public static partial class PlainText
{
    public static string? FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(Tags().Replace(BlockEnds().Replace(html, " "), ""));
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>At most <paramref name="length"/> characters, cut at a word boundary with an ellipsis.</summary>
    public static string? Truncate(string? text, int length)
    {
        if (text is null || text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return string.Concat(text.AsSpan(0, cut > length / 2 ? cut : length).TrimEnd(",;:. "), "…");
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"</(p|li|h[1-6]|div|tr)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
