using Efus.Cms.Core.Storage;
using Efus.Cms.UrbanSecurity.Caching;

namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>
/// The value lists of listings (the countries and cities their published items name), kept across
/// requests on this node while its <see cref="ContentGeneration"/> stays the same: a city published here is
/// offered at once, one published on another node once the follower has read the task log (within seconds,
/// as the cached pages). Each list scans every published value of the type (it grew with the number of
/// items); keeping it costs no query at all (it used to read the task log's last id on each render).
/// </summary>
public sealed class FieldChoicesCache(ContentGeneration generation, TimeProvider clock)
{
    private readonly GenerationCache<(string Type, string Field, int Max), IReadOnlyList<string>> _lists = new(generation, clock, capacity: 1_000);

    public async Task<Dictionary<string, IReadOnlyList<string>>> GetAsync(IContentStore store, string contentType, IEnumerable<string> fields, int max, CancellationToken cancellationToken)
    {
        Dictionary<string, IReadOnlyList<string>> choices = [];
        foreach (var field in fields)
        {
            choices[field] = await _lists.GetOrLoadAsync(
                (contentType, field, max), token => store.PublishedTextValuesAsync(contentType, contentType, field, max, token), cancellationToken);
        }

        return choices;
    }
}
