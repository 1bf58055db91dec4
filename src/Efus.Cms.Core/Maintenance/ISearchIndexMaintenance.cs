namespace Efus.Cms.Core.Maintenance;

/// <summary>
/// Port: rebuilding the search indexes from the admin (the search engine fills it), so the admin can
/// start a rebuild and show its progress without knowing the engine.
/// </summary>
public interface ISearchIndexMaintenance
{
    Task<IReadOnlyList<string>> IndexNamesAsync(CancellationToken cancellationToken = default);

    /// <summary>Rebuilds one index while searches keep answering from the live one; false when another process must swap it in.</summary>
    /// <exception cref="ArgumentException">No index has that name.</exception>
    Task<bool> RebuildAsync(string indexName, IProgress<IndexRebuildProgress> progress, CancellationToken cancellationToken = default);
}
