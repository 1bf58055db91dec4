using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.IntegrationTests.ContentManagement;

/// <summary>Definitions are parsed once per node and revision, and a change written by another node is read at the next scope.</summary>
public sealed class SharedDefinitionsTests
{
    [Fact]
    public async Task DefinitionsWrittenByAnotherNode_AreReadByTheNextScope()
    {
        using var site = new EfusSite();
        _ = site.Server;
        var first = await DefinitionsAsync(site);
        Assert.Same(first, await DefinitionsAsync(site));
        Assert.NotNull(first.Type("PracticeSheet"));

        // Another node saves the document itself: this node's manager and its signal never hear of it.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
            await documents.SaveAsync(DocumentNames.ContentDefinitions, ContentDefinitionJson.ToJson(first.WithoutType("PracticeSheet")));
        }

        var next = await DefinitionsAsync(site);
        Assert.Null(next.Type("PracticeSheet"));
        Assert.NotNull(next.Type("Publication"));
        Assert.Same(next, await DefinitionsAsync(site));
    }

    private static async Task<ContentDefinitions> DefinitionsAsync(EfusSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetAsync();
    }
}
