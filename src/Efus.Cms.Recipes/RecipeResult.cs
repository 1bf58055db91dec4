namespace Efus.Cms.Recipes;

/// <summary>What a committed recipe did.</summary>
public sealed record RecipeResult(
    int StepsRun,
    int StepsSkipped,
    int ItemsCreated,
    int ItemsUpdated,
    int ItemsUnchanged,
    IReadOnlyList<string> Warnings);
