using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.UrbanSecurity.Site;

// CA1507: the strings are JSON property names of the Site document, not these parameters.
#pragma warning disable CA1507
/// <summary>The parts of Orchard's <c>Site</c> document the public site reads (written by the settings recipe step);
/// kept per node by <see cref="DocumentCache{T}"/>.</summary>
public sealed record SiteSettings(string SiteName, int PageSize, string? HomeItemId, string DefaultCulture, IReadOnlyList<string> SupportedCultures)
    : IParsedDocument<SiteSettings>
{
    public static string DocumentName => DocumentNames.Site;

    public static SiteSettings Parse(JsonObject? document)
    {
        // Orchard keeps feature settings under Properties; a hand-written document may have them at the top.
        var localization = (document?["Properties"] as JsonObject)?["LocalizationSettings"] as JsonObject ?? document?["LocalizationSettings"] as JsonObject;
        var defaultCulture = localization?["DefaultCulture"].AsString() ?? "fr-FR";
        var supported = localization?["SupportedCultures"].AsStrings() is { Count: > 0 } cultures ? cultures : [defaultCulture];
        var pageSize = (int?)document?["PageSize"].AsDecimal() ?? 10;
        return new(
            document?["SiteName"].AsString() ?? "Efus",
            Math.Clamp(pageSize, 1, 100),
            (document?["HomeRoute"] as JsonObject)?["ContentItemId"].AsString(),
            defaultCulture,
            supported.Contains(defaultCulture) ? supported : [defaultCulture, .. supported]);
    }
}
#pragma warning restore CA1507
