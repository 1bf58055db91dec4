using System.Globalization;
using System.Text;

namespace Efus.Cms.Data;

/// <summary>
/// Folds text for case- and accent-insensitive matching ("Évaluation" → "evaluation"). Done in .NET
/// because SQLite's lower() only knows ASCII and PostgreSQL's LIKE is case-sensitive.
/// </summary>
public static class TextNormalizer
{
    public static string? Fold(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Cuts to at most <paramref name="maxLength"/> characters without splitting a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..length];
    }
}
