namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>The head of a page: title, description, canonical URL, Open Graph, alternates and JSON-LD.</summary>
public sealed record PageMeta
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Absolute URL of the page without its query (or with the paging query for listings).</summary>
    public required string CanonicalUrl { get; init; }

    /// <summary><c>website</c> for the home page, <c>article</c> for items, <c>website</c> otherwise.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>Open Graph locale of the page (<c>fr_FR</c>).</summary>
    public required string OgLocale { get; init; }

    public IReadOnlyList<string> OgLocaleAlternates { get; init; } = [];

    /// <summary><c>&lt;link rel="alternate" hreflang&gt;</c> for each language the page exists in.</summary>
    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    /// <summary>schema.org JSON-LD, already JSON-encoded with <c>&lt;</c> as <c>\u003c</c>: printed raw inside a data block.</summary>
    public string? JsonLd { get; init; }

    public bool NoIndex { get; init; }

    /// <summary>Which navigation entry is current (its URL).</summary>
    public string? Section { get; init; }
}
