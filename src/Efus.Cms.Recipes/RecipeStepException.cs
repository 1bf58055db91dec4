namespace Efus.Cms.Recipes;

/// <summary>
/// Thrown by a step (or the script evaluator) for a problem at one place of the step's JSON; the
/// executor adds the file and the step and turns it into a <see cref="RecipeException"/>.
/// </summary>
public sealed class RecipeStepException(string jsonPath, string problem, Exception? innerException = null)
    : Exception($"{jsonPath}: {problem}", innerException)
{
    public string JsonPath { get; } = jsonPath;

    public string Problem { get; } = problem;
}
