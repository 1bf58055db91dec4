using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Efus.Cms.Core.Validation;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>content</c> step: <c>Data</c> (or <c>data</c>) is an array of content items in Orchard's
/// JSON, imported through <see cref="IContentManager.ImportAsync"/> (version-aware and idempotent). Items
/// are imported one at a time so that a refused item is named by its place in the step. Types that an
/// enabled Orchard module would have defined are defined first when missing (<see cref="OrchardModuleTypes"/>).
/// </summary>
public sealed class ContentStep(IContentManager contentManager, IContentDefinitionManager definitions, IDocumentStore documents) : IRecipeStep
{
    private const int ProgressEvery = 25;

    public string Name => "content";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        // Items are read from the recipe file one at a time: the step is never held whole in memory.
        var data = context.StreamArray("Data")
            ?? throw new RecipeStepException(JsonPaths.Property(context.JsonPath, "Data"), "a content step needs a 'Data' array of content items");

        await OrchardModuleTypes.DefineMissingAsync(definitions, documents, data.ContentTypes, context);

        // Orchard skips a version id seen twice in one import; items are imported one by one here, so the step keeps the set.
        var seenVersions = new VersionIdSet();
        foreach (var (i, itemPath, element) in data.Elements())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (element is not JsonObject json)
            {
                throw new RecipeStepException(itemPath, $"expected a content item object, found {element?.GetValueKind().ToString() ?? "null"}");
            }

            var item = ContentItemJson.FromJson(json, itemPath);
            if (!string.IsNullOrEmpty(item.ContentItemVersionId) && !seenVersions.Add(item.ContentItemVersionId))
            {
                context.AddWarning($"{itemPath}: version '{item.ContentItemVersionId}' already appears earlier in this step; ignored");
                continue;
            }

            try
            {
                context.AddImported(item.ContentType, await contentManager.ImportAsync([item], context.CancellationToken));
            }
            catch (ContentValidationException e)
            {
                if (e.Errors.Count == 0)
                {
                    throw new RecipeStepException(itemPath, e.Message, e);
                }

                var problems = e.Errors.Select(error => (Path: string.IsNullOrEmpty(error.Field) ? itemPath : $"{itemPath}.{error.Field}", error.Message)).ToList();
                var rest = problems.Skip(1).Select(p => $"; {p.Path}: {p.Message}");
                throw new RecipeStepException(problems[0].Path, problems[0].Message + string.Concat(rest), e);
            }
            catch (Exception e) when (e is InvalidContentOperationException or ContentConflictException or ContentNotFoundException)
            {
                throw new RecipeStepException(itemPath, e.Message, e);
            }

            if ((i + 1) % ProgressEvery == 0 || i == data.Count - 1)
            {
                context.ReportItems(i + 1, data.Count);
            }
        }
    }
}
