using Efus.Cms.Core.Management;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>DeleteContentDefinition</c> step: <c>ContentTypes</c> and <c>ContentParts</c> are arrays
/// of names to delete. Types that use a deleted part keep their reference to it (like TitlePart, a part
/// needs no definition), and content items are not touched.
/// </summary>
public sealed class DeleteContentDefinitionStep(IContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "DeleteContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var current = await definitions.GetAsync(context.CancellationToken);
        var updated = current;
        var changed = false;
        foreach (var name in context.Strings("ContentTypes"))
        {
            if (updated.Type(name) is null)
            {
                context.AddWarning($"content type '{name}' does not exist, nothing to delete");
                continue;
            }

            updated = updated.WithoutType(name);
            changed = true;
        }

        foreach (var name in context.Strings("ContentParts"))
        {
            if (updated.Part(name) is null)
            {
                context.AddWarning($"content part '{name}' does not exist, nothing to delete");
                continue;
            }

            updated = updated.WithoutPart(name);
            changed = true;
        }

        if (changed)
        {
            await definitions.SaveAsync(updated, context.CancellationToken);
        }
    }
}
