using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>What the rebuild and reset steps share.</summary>
internal static class LuceneIndexRequest
{
    public static async Task RecordAsync(IDocumentStore documents, RecipeStepContext context, string kind)
    {
        var settings = await documents.GetAsync(DocumentNames.LuceneIndexSettings, context.CancellationToken) ?? [];
        var includeAll = RecipeStepContext.BoolOf(context.Step, "IncludeAll", context.JsonPath) ?? false;
        IReadOnlyList<string> names = includeAll ? [.. settings.Select(p => p.Key)] : context.Strings("Indices");
        var known = new List<string>();
        foreach (var name in names)
        {
            if (settings.ContainsKey(name))
            {
                known.Add(name);
            }
            else
            {
                context.AddWarning($"the index '{name}' does not exist; nothing to {kind.ToLowerInvariant()}");
            }
        }

        if (known.Count == 0)
        {
            return;
        }

        var requests = await documents.GetAsync(LuceneDocuments.Requests, context.CancellationToken) ?? [];
        LuceneDocuments.AddRequests(requests, kind, known);
        await documents.SaveAsync(LuceneDocuments.Requests, requests, context.CancellationToken);
    }
}
