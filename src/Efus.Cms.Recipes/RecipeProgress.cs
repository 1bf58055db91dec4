namespace Efus.Cms.Recipes;

/// <summary>How far a recipe run has come: the step being run and, in a content step, the items done out of its total.</summary>
public sealed record RecipeProgress(int StepNumber, int StepCount, string StepName, int ItemsDone, int ItemsTotal);
