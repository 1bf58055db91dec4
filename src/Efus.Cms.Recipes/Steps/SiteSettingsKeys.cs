namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// The "Site" document follows Orchard's site settings: these properties at the top level, every other
/// settings object under <c>Properties</c> (e.g. <c>Properties.LuceneSettings</c>).
/// </summary>
public static class SiteSettingsKeys
{
    public const string Properties = "Properties";

    /// <summary>Orchard's <c>ISite</c> properties, which the settings step maps by name (OrchardCore.Settings SettingsStep).</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        "BaseUrl", "Calendar", "MaxPagedCount", "MaxPageSize", "PageSize", "ResourceDebugMode", "SiteName", "PageTitleFormat",
        "SiteSalt", "SuperUser", "TimeZoneId", "UseCdn", "CdnBaseUrl", "AppendVersion", "HomeRoute", "CacheMode",
    ];

    /// <summary>The canonical spelling of a known site property, matched case-insensitively.</summary>
    public static string? Canonical(string key) =>
        Known.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
}
