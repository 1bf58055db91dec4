using Efus.Cms.Core.Management;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>ContentDefinition</c> step: each listed type or part is created, or merged into the
/// existing one (display name replaced, settings merged, parts and fields added or their settings merged).
/// </summary>
public sealed class ContentDefinitionStep(IContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "ContentDefinition";

    public Task ExecuteAsync(RecipeStepContext context) => ContentDefinitionImport.ApplyAsync(definitions, context, replace: false);
}
