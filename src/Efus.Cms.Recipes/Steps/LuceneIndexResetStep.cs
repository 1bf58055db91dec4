using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>lucene-index-reset</c> step (<c>{"IncludeAll": bool, "Indices": [names]}</c>): asks the
/// search engine to process every item again without deleting the index, by recording them under
/// "Reset" in the "LuceneIndexRequests" document.
/// </summary>
public sealed class LuceneIndexResetStep(IDocumentStore documents) : IRecipeStep
{
    public string Name => "lucene-index-reset";

    public Task ExecuteAsync(RecipeStepContext context) => LuceneIndexRequest.RecordAsync(documents, context, LuceneDocuments.Reset);
}
