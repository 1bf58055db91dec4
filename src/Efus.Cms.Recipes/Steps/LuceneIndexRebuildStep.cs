using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>lucene-index-rebuild</c> step (<c>{"IncludeAll": bool, "Indices": [names]}</c>): asks the
/// search engine to delete, recreate and refill the indexes, by recording them under "Rebuild" in the
/// "LuceneIndexRequests" document.
/// </summary>
public sealed class LuceneIndexRebuildStep(IDocumentStore documents) : IRecipeStep
{
    public string Name => "lucene-index-rebuild";

    public Task ExecuteAsync(RecipeStepContext context) => LuceneIndexRequest.RecordAsync(documents, context, LuceneDocuments.Rebuild);
}
