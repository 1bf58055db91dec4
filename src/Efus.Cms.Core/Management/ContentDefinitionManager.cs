using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Management;

/// <summary>
/// Definitions live in one document of the store, in the ContentDefinition step's JSON shape; read once per
/// scope. Parsed once per node and revision (<see cref="SharedContentDefinitions"/>): a scope reads the
/// document's revision, and its JSON only when the revision moved on.
/// </summary>
public sealed class ContentDefinitionManager(IDocumentStore documents, DefinitionsChangeToken changeToken, SharedContentDefinitions shared) : IContentDefinitionManager
{
    private ContentDefinitions? _cached;

    public async Task<ContentDefinitions> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is not null)
        {
            return _cached;
        }

        // The revision first, then the JSON: what is kept under a revision is never older than it.
        var revision = await documents.RevisionAsync(DocumentNames.ContentDefinitions, cancellationToken);
        if (revision > 0 && shared.Get(revision) is { } known)
        {
            return _cached = known;
        }

        var json = await documents.GetAsync(DocumentNames.ContentDefinitions, cancellationToken);
        _cached = json is null ? ContentDefinitions.Empty : ContentDefinitionJson.FromJson(json);
        if (revision > 0 && json is not null)
        {
            shared.Set(revision, _cached);
        }

        return _cached;
    }

    public async Task SaveAsync(ContentDefinitions definitions, CancellationToken cancellationToken = default)
    {
        // Cleared, not replaced: the save may sit in a transaction that rolls back.
        shared.Clear();
        await documents.SaveAsync(DocumentNames.ContentDefinitions, ContentDefinitionJson.ToJson(definitions), cancellationToken);
        _cached = definitions;
        changeToken.Signal();
    }
}
