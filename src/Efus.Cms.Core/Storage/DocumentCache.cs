namespace Efus.Cms.Core.Storage;

/// <summary>
/// Singleton per parsed type: one document of the store, parsed once and shared by every request, so that reading
/// it costs no SQL. The one freshness rule for documents: a save committed on this node is seen by the next request
/// (the unit of work signals it after the commit, <see cref="DocumentChangeSignals"/>); a save by another node or
/// process on the same database (a second web node, a command-line import) is seen within
/// <see cref="DocumentChangeSignals.RevisionCheckInterval"/>: after that long, one request reads the document's
/// revision (one row by its key) and reloads the document only when it moved.
/// </summary>
public sealed class DocumentCache<T>(DocumentChangeSignals changes, TimeProvider clock)
    where T : class, IParsedDocument<T>
{
    private Snapshot? _snapshot;

    /// <param name="documents">The caller's store (scoped); read only when the copy is not known to be fresh.</param>
    public async Task<T> GetAsync(IDocumentStore documents, CancellationToken cancellationToken = default)
    {
        // Read the signal first: a save committed while this request loads makes the result stale at once.
        var signal = changes.Version(T.DocumentName);
        var now = clock.GetUtcNow();
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && snapshot.Signal == signal)
        {
            if (now - snapshot.CheckedUtc < DocumentChangeSignals.RevisionCheckInterval)
            {
                return snapshot.Value;
            }

            if (await documents.RevisionAsync(T.DocumentName, cancellationToken) == snapshot.Revision)
            {
                Volatile.Write(ref _snapshot, snapshot with { CheckedUtc = now });
                return snapshot.Value;
            }
        }

        // The revision before the document: a save in between costs one more reload later, never a stale copy.
        var revision = await documents.RevisionAsync(T.DocumentName, cancellationToken);
        var value = T.Parse(await documents.GetAsync(T.DocumentName, cancellationToken));
        Volatile.Write(ref _snapshot, new Snapshot(value, signal, revision, now));
        return value;
    }

    private sealed record Snapshot(T Value, long Signal, int Revision, DateTimeOffset CheckedUtc);
}
