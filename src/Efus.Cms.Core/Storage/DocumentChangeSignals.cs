using System.Collections.Concurrent;

namespace Efus.Cms.Core.Storage;

/// <summary>
/// Singleton: a counter per document name, bumped by the store once a save of that document is committed,
/// so that caches of a document on this node (<see cref="Security.RolesCache"/>) drop it at once. Other
/// nodes learn of the change from the document's revision in the database.
/// </summary>
public sealed class DocumentChangeSignals
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    public long Version(string name) => _versions.GetValueOrDefault(name);

    public void Signal(string name) => _versions.AddOrUpdate(name, 1, (_, version) => version + 1);
}
