using System.Globalization;

namespace Efus.Cms.Admin.Infrastructure;

/// <summary>The admin speaks French; English is the one alternative.</summary>
public static class AdminCultures
{
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Resolve(string? name) =>
        name is not null && name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French;

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>A content culture as editors read it: "English (United States) (en-US)".</summary>
    public static string Name(string? culture)
    {
        if (string.IsNullOrEmpty(culture))
        {
            return "—";
        }

        try
        {
            return $"{CultureInfo.GetCultureInfo(culture).NativeName} ({culture})";
        }
        catch (CultureNotFoundException)
        {
            return culture;
        }
    }
}
