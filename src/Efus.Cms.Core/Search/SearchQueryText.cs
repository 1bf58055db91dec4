using System.Text.RegularExpressions;

namespace Efus.Cms.Core.Search;

/// <summary>
/// A visitor's query as the statistics keep it: trimmed, lower case, single spaces, at most
/// <see cref="MaxLength"/> characters, with what looks like an e-mail address or a phone number
/// masked, so that no personal data is stored even when someone types it in the search box.
/// </summary>
public static partial class SearchQueryText
{
    public const int MaxLength = 200;

    public static string? Normalize(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var text = Spaces().Replace(query.Trim().ToLowerInvariant(), " ");
        text = Email().Replace(text, "[courriel]");
        text = Phone().Replace(text, "[numéro]");
        return text.Length <= MaxLength ? text : text[..MaxLength].TrimEnd();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[^\s@]+@[^\s@]+")]
    private static partial Regex Email();

    // Six digits or more, possibly separated by spaces, dots or dashes: a phone or an identity number, not a year.
    [GeneratedRegex(@"\+?\d(?:[\s.\-]?\d){5,}")]
    private static partial Regex Phone();
}
