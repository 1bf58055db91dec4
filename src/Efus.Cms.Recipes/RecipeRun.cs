namespace Efus.Cms.Recipes;

/// <summary>What the steps of one run report, turned into a <see cref="RecipeResult"/> once it commits.</summary>
internal sealed class RecipeRun
{
    public List<string> Warnings { get; } = [];

    public int StepsRun { get; set; }

    public int StepsSkipped { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public RecipeResult ToResult() => new(StepsRun, StepsSkipped, Created, Updated, Unchanged, [.. Warnings]);
}
