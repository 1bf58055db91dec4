using Efus.Cms.Core.Management;

namespace Efus.Cms.Recipes.Steps;

/// <summary>Orchard's <c>ReplaceContentDefinition</c> step: same shape as ContentDefinition, each listed type or part is replaced whole.</summary>
public sealed class ReplaceContentDefinitionStep(IContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "ReplaceContentDefinition";

    public Task ExecuteAsync(RecipeStepContext context) => ContentDefinitionImport.ApplyAsync(definitions, context, replace: true);
}
