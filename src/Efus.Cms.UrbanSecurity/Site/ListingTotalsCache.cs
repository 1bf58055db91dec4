using Efus.Cms.UrbanSecurity.Caching;

namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>
/// How many items each listing (type and filters) holds, kept while the node's <see cref="ContentGeneration"/>
/// stays the same: counting reads every matching row of the index, so it grew with the items (the rendered
/// listing's main cost at 100k), where the page of 10 itself is read from the index in order.
/// </summary>
public sealed class ListingTotalsCache(ContentGeneration generation, TimeProvider clock)
{
    public GenerationCache<string, int> Totals { get; } = new(generation, clock, capacity: 10_000);
}
