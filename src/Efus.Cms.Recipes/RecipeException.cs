namespace Efus.Cms.Recipes;

/// <summary>
/// A recipe was refused or failed. The message is one line naming the file, then where (a line and
/// column for syntax errors, or the step and the JSON path), then the problem.
/// </summary>
public sealed class RecipeException : Exception
{
    public RecipeException(string fileName, string problem, RecipeLocation? location = null, Exception? innerException = null)
        : base(Format(fileName, problem, location), innerException)
    {
        FileName = fileName;
        Problem = problem;
        Location = location;
    }

    public string FileName { get; }

    public string Problem { get; }

    /// <summary>Where in the file, when the problem is at one place.</summary>
    public RecipeLocation? Location { get; }

    private static string Format(string fileName, string problem, RecipeLocation? location) =>
        location is null ? $"{fileName}: {problem}" : $"{fileName}: {location}: {problem}";
}
