using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>lucene-index</c> step: <c>Indices</c> is an array of single-key objects (index name →
/// settings). As in Orchard it only creates indexes that do not exist yet; an existing one is left as
/// it is, with a warning. The settings go to the "LuceneIndexSettings" document, where the search engine
/// finds them (a new index has no files yet, so the engine builds it).
/// </summary>
public sealed class LuceneIndexStep(IDocumentStore documents) : IRecipeStep
{
    public string Name => "lucene-index";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var indices = context.Array("Indices", out var indicesPath)
            ?? throw new RecipeStepException(indicesPath, "a lucene-index step needs an 'Indices' array");
        var document = await documents.GetAsync(DocumentNames.LuceneIndexSettings, context.CancellationToken) ?? [];
        for (var i = 0; i < indices.Count; i++)
        {
            var entryPath = JsonPaths.Index(indicesPath, i);
            if (indices[i] is not JsonObject entry)
            {
                throw new RecipeStepException(entryPath, "expected an object of index name → settings");
            }

            foreach (var (indexName, value) in entry)
            {
                var path = JsonPaths.Property(entryPath, indexName);
                if (value is not JsonObject settings)
                {
                    throw new RecipeStepException(path, "the index settings must be an object");
                }

                if (string.IsNullOrWhiteSpace(indexName))
                {
                    throw new RecipeStepException(path, "the index name cannot be empty");
                }

                if (document.ContainsKey(indexName))
                {
                    context.AddWarning($"the index '{indexName}' already exists and was left unchanged (lucene-index only creates indexes)");
                    continue;
                }

                document[indexName] = LuceneDocuments.IndexSettings(settings, path);
            }
        }

        await documents.SaveAsync(DocumentNames.LuceneIndexSettings, document, context.CancellationToken);
    }
}
