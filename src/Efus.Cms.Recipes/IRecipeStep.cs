namespace Efus.Cms.Recipes;

/// <summary>
/// Handles one kind of recipe step, matched case-insensitively by <see cref="Name"/>. Steps run inside
/// the recipe's transaction; a problem at one place of the step's JSON is reported by throwing a
/// <see cref="RecipeStepException"/> with its JSON path.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The step name as Orchard Core writes it, e.g. <c>ContentDefinition</c> or <c>lucene-index</c>.</summary>
    string Name { get; }

    Task ExecuteAsync(RecipeStepContext context);
}
