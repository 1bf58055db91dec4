using System.Text;

namespace Efus.Cms.DataGenerator.Text;

/// <summary>URL slugs from French and English titles: lower-case ASCII, accents dropped, words joined by '-'.</summary>
internal static class Slug
{
    public const int MaxLength = 60;

    public static string From(string text)
    {
        var slug = new StringBuilder(Math.Min(text.Length, MaxLength + 8));
        var pendingDash = false;
        foreach (var c in text)
        {
            var ascii = Transliterate(char.ToLowerInvariant(c));
            if (ascii is null)
            {
                pendingDash = slug.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                slug.Append('-');
                pendingDash = false;
            }

            slug.Append(ascii);
            if (slug.Length >= MaxLength)
            {
                break;
            }
        }

        return Trim(slug.ToString());
    }

    // Cuts an over-long slug at its last word boundary so that it never ends in half a word.
    private static string Trim(string slug)
    {
        if (slug.Length < MaxLength)
        {
            return slug;
        }

        var lastDash = slug.LastIndexOf('-');
        return lastDash > 0 ? slug[..lastDash] : slug;
    }

    private static string? Transliterate(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ą' => "a",
        'æ' => "ae",
        'ç' or 'ć' or 'č' => "c",
        'è' or 'é' or 'ê' or 'ë' or 'ę' => "e",
        'ì' or 'í' or 'î' or 'ï' => "i",
        'ł' => "l",
        'ñ' or 'ń' => "n",
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ő' => "o",
        'œ' => "oe",
        'ù' or 'ú' or 'û' or 'ü' or 'ű' => "u",
        'ý' or 'ÿ' => "y",
        'ś' or 'š' => "s",
        'ź' or 'ż' or 'ž' => "z",
        'ß' => "ss",
        _ => null,
    };
}
