using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Storage;

/// <summary>
/// Port: named site-wide JSON documents (content definitions, site settings, roles, search index
/// settings, enabled features), each replaced whole.
/// </summary>
public interface IDocumentStore
{
    Task<JsonObject?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The document's revision, bumped by every save (0 when there is none): a cheap check that it changed.</summary>
    Task<int> RevisionAsync(string name, CancellationToken cancellationToken = default);

    Task SaveAsync(string name, JsonObject document, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken = default);
}
