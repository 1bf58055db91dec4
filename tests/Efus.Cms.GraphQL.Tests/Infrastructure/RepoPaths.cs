namespace Efus.Cms.GraphQL.Tests.Infrastructure;

/// <summary>Paths from the test assembly up to the repository root (the folder holding Efus.Cms.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SetupRecipe => Path.Combine(Root, "recipes", "efus.recipe.json");

    public static string OrchardRecipe(string fileName) =>
        Path.Combine(Root, "tests", "Efus.Cms.Recipes.Tests", "Fixtures", "OrchardRecipes", fileName);

    /// <summary>The committed snapshot files, in the source tree (so an update shows as a diff).</summary>
    public static string Snapshot(string fileName) => Path.Combine(Root, "tests", "Efus.Cms.GraphQL.Tests", "Snapshots", fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Efus.Cms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Efus.Cms.sln not found above {AppContext.BaseDirectory}");
    }
}
