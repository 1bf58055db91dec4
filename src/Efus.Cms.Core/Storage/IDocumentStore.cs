using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Storage;

/// <summary>
/// Port: named site-wide JSON documents (content definitions, site settings, roles, search index
/// settings, enabled features), each replaced whole.
/// </summary>
public interface IDocumentStore
{
    Task<JsonObject?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// The document's revision (each save bumps it), null when there is no such document: one small read that
    /// tells a node whether the parsed copy it keeps across requests is still current.
    /// </summary>
    Task<int?> GetRevisionAsync(string name, CancellationToken cancellationToken = default);

    Task SaveAsync(string name, JsonObject document, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken = default);
}
