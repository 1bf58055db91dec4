using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Security;

/// <summary>
/// Singleton: the Roles document, parsed once and shared by every request, so that checking a permission
/// costs no SQL. A save on this node is seen by the next request (the store signals it after the commit,
/// <see cref="DocumentChangeSignals"/>); a save by another node or process on the same database (a command-line
/// import, a second web node) is seen within <see cref="RevisionCheckInterval"/>: after that long, one request
/// reads the document's revision (one row by its key) and reloads the document only when it moved.
/// </summary>
public sealed class RolesCache(DocumentChangeSignals changes, TimeProvider clock)
{
    /// <summary>How long a node trusts its copy before comparing revisions with the database.</summary>
    public static readonly TimeSpan RevisionCheckInterval = TimeSpan.FromSeconds(5);

    private Snapshot? _snapshot;

    /// <summary>Each role (name case-insensitive) and its permissions; a snapshot, never changed once returned.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAsync(IDocumentStore documents, CancellationToken cancellationToken = default)
    {
        // Read the signal first: a save committed while this request loads makes the result stale at once.
        var signal = changes.Version(DocumentNames.Roles);
        var now = clock.GetUtcNow();
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && snapshot.Signal == signal)
        {
            if (now - snapshot.CheckedUtc < RevisionCheckInterval)
            {
                return snapshot.Roles;
            }

            if (await documents.RevisionAsync(DocumentNames.Roles, cancellationToken) == snapshot.Revision)
            {
                Volatile.Write(ref _snapshot, snapshot with { CheckedUtc = now });
                return snapshot.Roles;
            }
        }

        // The revision before the document: a save in between costs one more reload later, never a stale copy.
        var revision = await documents.RevisionAsync(DocumentNames.Roles, cancellationToken);
        var roles = Parse(await documents.GetAsync(DocumentNames.Roles, cancellationToken));
        Volatile.Write(ref _snapshot, new Snapshot(roles, signal, revision, now));
        return roles;
    }

    // Orchard's stored shape: {"Roles":[{"RoleName","RoleClaims":[{"ClaimType":"Permission","ClaimValue"}]}]}.
    private static Dictionary<string, IReadOnlySet<string>> Parse(JsonObject? document)
    {
        var roles = new Dictionary<string, IReadOnlySet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in (document?["Roles"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var name = role["RoleName"].AsString();
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            roles[name] = (role["RoleClaims"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(c => c["ClaimType"].AsString() == "Permission")
                .Select(c => c["ClaimValue"].AsString())
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
        }

        return roles;
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, IReadOnlySet<string>> Roles, long Signal, int Revision, DateTimeOffset CheckedUtc);
}
