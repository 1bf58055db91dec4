using Efus.Cms.UrbanSecurity.Caching;

namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>
/// The Themes taxonomy's terms as listings offer them (id, slug, title), kept while the node's
/// <see cref="ContentGeneration"/> stays the same: every listing read the whole taxonomy item (16 KB of JSON at
/// 40 terms) and flattened it on each render. Immutable records only: several requests read them at once.
/// </summary>
public sealed class ThemeTermsCache(ContentGeneration generation, TimeProvider clock)
{
    public GenerationCache<string, (string? TaxonomyId, IReadOnlyList<ThemeTerm> Terms)> Taxonomies { get; } = new(generation, clock, capacity: 100);
}
