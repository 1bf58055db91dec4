namespace Efus.Cms.Admin.Localization;

/// <summary>English for every French string of the admin (a test checks none is missing).</summary>
public static class EnglishCatalog
{
    public static IReadOnlyDictionary<string, string> Entries { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
