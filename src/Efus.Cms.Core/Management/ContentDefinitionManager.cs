using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Core.Management;

/// <summary>Definitions live in one document of the store, in the ContentDefinition step's JSON shape; read once per scope.</summary>
public sealed class ContentDefinitionManager(IDocumentStore documents, DefinitionsChangeToken changeToken) : IContentDefinitionManager
{
    private ContentDefinitions? _cached;

    public async Task<ContentDefinitions> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is null)
        {
            var json = await documents.GetAsync(DocumentNames.ContentDefinitions, cancellationToken);
            _cached = json is null ? ContentDefinitions.Empty : ContentDefinitionJson.FromJson(json);
        }

        return _cached;
    }

    public async Task SaveAsync(ContentDefinitions definitions, CancellationToken cancellationToken = default)
    {
        await documents.SaveAsync(DocumentNames.ContentDefinitions, ContentDefinitionJson.ToJson(definitions), cancellationToken);
        _cached = definitions;
        changeToken.Signal();
    }
}
