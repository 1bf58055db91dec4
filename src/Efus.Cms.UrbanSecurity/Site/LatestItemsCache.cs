using Efus.Cms.UrbanSecurity.Caching;

namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>
/// The ids of the newest published items of each type in the main language (the home page's sections), kept
/// while the node's <see cref="ContentGeneration"/> stays the same: the home page then reads those items in one
/// query instead of one list query per type. Ids only: several requests read a kept value at once, and an item's
/// JSON is not safe to share.
/// </summary>
public sealed class LatestItemsCache(ContentGeneration generation, TimeProvider clock)
{
    public GenerationCache<(string Type, int Count), IReadOnlyList<string>> Ids { get; } = new(generation, clock, capacity: 100);
}
