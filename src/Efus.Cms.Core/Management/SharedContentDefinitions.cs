using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Core.Management;

/// <summary>
/// The node's parsed content definitions, kept across requests (singleton) with the revision of the
/// document they were read from. A scope uses them only after checking that revision against the
/// database, so a change saved by another node is read at the next request.
/// </summary>
public sealed class SharedContentDefinitions
{
    private Entry? _entry;

    public ContentDefinitions? Get(int revision) => Volatile.Read(ref _entry) is { } entry && entry.Revision == revision ? entry.Definitions : null;

    /// <summary>Keeps <paramref name="definitions"/>, read after <paramref name="revision"/> was (so at least that recent).</summary>
    public void Set(int revision, ContentDefinitions definitions) => Volatile.Write(ref _entry, new Entry(revision, definitions));

    public void Clear() => Volatile.Write(ref _entry, null);

    private sealed record Entry(int Revision, ContentDefinitions Definitions);
}
