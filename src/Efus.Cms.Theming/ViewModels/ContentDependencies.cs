namespace Efus.Cms.Theming.ViewModels;

/// <summary>
/// The ids of every item one request's views were built from (shown items, linked items, taxonomies),
/// so that a cached page can be evicted when any of them changes.
/// </summary>
public sealed class ContentDependencies
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => _ids;

    public void Add(string? contentItemId)
    {
        if (!string.IsNullOrEmpty(contentItemId))
        {
            _ids.Add(contentItemId);
        }
    }
}
