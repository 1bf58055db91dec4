namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>What the layout shows on every page: the site's name, navigation, language switch and asset URLs.</summary>
public sealed record SiteView
{
    public required string Name { get; init; }

    /// <summary>The page's language (<c>fr</c> or <c>en</c>), for <c>&lt;html lang&gt;</c>.</summary>
    public required string Lang { get; init; }

    public required IReadOnlyList<NavLink> Navigation { get; init; }

    public required IReadOnlyList<LanguageLink> Languages { get; init; }

    /// <summary>Fingerprinted stylesheet URLs (<c>/assets/site.css?v=…</c>).</summary>
    public required string StylesheetUrl { get; init; }

    public required string PrintStylesheetUrl { get; init; }

    public required string IconUrl { get; init; }

    /// <summary>The search text of the current request, shown again in the header's search box.</summary>
    public string? Query { get; init; }

    public int Year { get; init; }
}
