using System.Net;
using System.Text;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>Turns (already sanitised) HTML into the words a reader sees: tags dropped, entities decoded, blocks separated.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> _inlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html.Trim();
        }

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                // A lone '<' is text ("a < b").
                text.Append(c);
                i++;
                continue;
            }

            var name = TagName(html, i + 1, end);
            if (name is "script" or "style")
            {
                var close = html.IndexOf($"</{name}", end, StringComparison.OrdinalIgnoreCase);
                var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                end = closeEnd < 0 ? html.Length - 1 : closeEnd;
            }

            if (!_inlineTags.Contains(name))
            {
                text.Append(' ');
            }

            i = end + 1;
        }

        return Collapse(WebUtility.HtmlDecode(text.ToString()));
    }

    private static string TagName(string html, int start, int end)
    {
        var i = start;
        if (i < end && html[i] == '/')
        {
            i++;
        }

        var nameStart = i;
        while (i < end && char.IsAsciiLetterOrDigit(html[i]))
        {
            i++;
        }

        return html[nameStart..i].ToLowerInvariant();
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
