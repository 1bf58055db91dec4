using System.Net;
using System.Text.RegularExpressions;

namespace Efus.Cms.Admin.Comparison;

/// <summary>The words of stored (sanitised) HTML, for comparisons: tags go, paragraphs become line breaks.</summary>
public static partial class PlainText
{
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return Blank().Replace(text, "\n").Trim();
    }

    [GeneratedRegex(@"</(p|div|h[1-6]|li|blockquote|pre)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex Blank();
}
