using System.Collections.Immutable;

namespace Efus.Cms.Theming.ViewModels;

/// <summary>
/// Each taxonomy's terms as links, kept across requests (singleton) with the stamp of the taxonomy version
/// they were built from. A request asks the store for the taxonomy's current stamp and uses them only when
/// it matches: parsing and flattening the taxonomy (16 KB of JSON at 40 terms) was the largest part of a
/// rendered detail page.
/// </summary>
public sealed class SharedTaxonomyTerms
{
    private ImmutableDictionary<string, Entry> _entries = ImmutableDictionary.Create<string, Entry>(StringComparer.Ordinal);

    /// <summary>What is held now; a request works from one snapshot.</summary>
    public ImmutableDictionary<string, Entry> Snapshot() => Volatile.Read(ref _entries);

    public void Set(string taxonomyId, Entry entry) => ImmutableInterlocked.Update(ref _entries, (all, e) => all.SetItem(taxonomyId, e), entry);

    /// <param name="Stamp">The taxonomy version's stamp (version id and revision).</param>
    /// <param name="Self">The taxonomy as a link (when a content picker names it).</param>
    /// <param name="Terms">Its terms at every depth, by id.</param>
    public sealed record Entry(string Stamp, LinkView Self, IReadOnlyDictionary<string, LinkView> Terms);
}
