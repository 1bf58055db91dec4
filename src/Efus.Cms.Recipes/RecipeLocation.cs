namespace Efus.Cms.Recipes;

/// <summary>
/// A place in a recipe file: a 1-based line and column (syntax errors), or a step (1-based number and
/// name) and a JSON path such as <c>$.steps[4].Data[3].PracticeSheet.Year</c>.
/// </summary>
public sealed record RecipeLocation
{
    public int? Line { get; init; }

    public int? Column { get; init; }

    public int? StepNumber { get; init; }

    public string? StepName { get; init; }

    public string? JsonPath { get; init; }

    public override string ToString()
    {
        var parts = new List<string>(2);
        if (Line is not null)
        {
            parts.Add(Column is null ? $"line {Line}" : $"line {Line}, column {Column}");
        }

        if (StepNumber is not null)
        {
            parts.Add(StepName is null ? $"step {StepNumber}" : $"step {StepNumber} '{StepName}'");
        }

        if (JsonPath is not null)
        {
            parts.Add(JsonPath);
        }

        return string.Join(": ", parts);
    }
}
