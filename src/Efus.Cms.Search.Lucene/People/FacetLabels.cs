using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Search.Lucene.People;

/// <summary>
/// Names of facet values (content type display names, theme term titles), read from the definitions
/// and the taxonomies and kept for a few seconds (singleton), so a search does not reload them.
/// </summary>
public sealed class FacetLabels(TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan _lifetime = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _snapshot;

    public async Task<Snapshot> GetAsync(IContentDefinitionManager definitions, IContentStore store, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_snapshot is { } current && now - current.LoadedAt < _lifetime)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } fresh && now - fresh.LoadedAt < _lifetime)
            {
                return fresh;
            }

            var all = await definitions.GetAsync(cancellationToken);
            var types = all.Types.Values.ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.Ordinal);
            var taxonomyIds = all.Parts.Values.SelectMany(p => p.Fields)
                .Where(f => f.FieldName == FieldKinds.Taxonomy)
                .Select(f => f.Setting("TaxonomyFieldSettings", "TaxonomyContentItemId").AsString())
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var terms = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var taxonomy in await store.GetManyAsync(taxonomyIds, VersionOptions.Published, cancellationToken))
            {
                foreach (var term in TaxonomyTerms.Flatten(taxonomy))
                {
                    terms[term.ContentItemId] = term.DisplayText ?? term.ContentItemId;
                }
            }

            _snapshot = new Snapshot(types, terms, now);
            return _snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    public sealed record Snapshot(IReadOnlyDictionary<string, string> Types, IReadOnlyDictionary<string, string> Terms, DateTimeOffset LoadedAt);
}
