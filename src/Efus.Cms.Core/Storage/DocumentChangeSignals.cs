using System.Collections.Concurrent;

namespace Efus.Cms.Core.Storage;

/// <summary>
/// Singleton: a counter per document name, bumped by the store once a save of that document is committed,
/// so that what this node keeps of a document (<see cref="DocumentCache{T}"/>) is dropped at once. Other
/// nodes learn of the change from the document's revision in the database, within <see cref="RevisionCheckInterval"/>.
/// </summary>
public sealed class DocumentChangeSignals
{
    /// <summary>How long a node trusts its copy of a document before comparing revisions with the database.</summary>
    public static readonly TimeSpan RevisionCheckInterval = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    public long Version(string name) => _versions.GetValueOrDefault(name);

    public void Signal(string name) => _versions.AddOrUpdate(name, 1, (_, version) => version + 1);
}
