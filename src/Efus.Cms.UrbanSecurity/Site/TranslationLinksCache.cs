using Efus.Cms.UrbanSecurity.Caching;

namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>
/// The published members of each localization set (culture and URL only), kept while the node's
/// <see cref="ContentGeneration"/> stays the same. Every detail page asks for its item's translations; the
/// query read and parsed the JSON of the whole set (the item itself included) on each render, the largest
/// cost of a page with a translation (most of what the newest practice sheet paid more than others).
/// </summary>
public sealed class TranslationLinksCache(ContentGeneration generation, TimeProvider clock)
{
    public GenerationCache<string, IReadOnlyList<TranslationLink>> Sets { get; } = new(generation, clock, capacity: 20_000);
}
