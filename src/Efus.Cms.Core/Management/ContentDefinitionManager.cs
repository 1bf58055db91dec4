using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Management;

/// <summary>
/// Definitions live in one document of the store, in the ContentDefinition step's JSON shape, parsed once per node
/// (<see cref="DocumentCache{T}"/>); a scope keeps the snapshot it read first, so one request sees one version.
/// </summary>
public sealed class ContentDefinitionManager(IDocumentStore documents, DocumentCache<ContentDefinitions> shared) : IContentDefinitionManager
{
    private ContentDefinitions? _cached;

    public async Task<ContentDefinitions> GetAsync(CancellationToken cancellationToken = default) =>
        _cached ??= await shared.GetAsync(documents, cancellationToken);

    public async Task SaveAsync(ContentDefinitions definitions, CancellationToken cancellationToken = default)
    {
        // Other scopes see the save once it is committed (the store signals it then).
        await documents.SaveAsync(DocumentNames.ContentDefinitions, ContentDefinitionJson.ToJson(definitions), cancellationToken);
        _cached = definitions;
    }
}
