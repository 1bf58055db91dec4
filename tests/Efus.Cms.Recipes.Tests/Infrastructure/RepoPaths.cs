namespace Efus.Cms.Recipes.Tests.Infrastructure;

/// <summary>Paths from the test assembly up to the repository root (the folder holding Efus.Cms.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The committed copy of Orchard Core's recipes: what tests use, so a clean clone has them.</summary>
    public static string OrchardRecipes => Path.Combine(Root, "tests", "Efus.Cms.Recipes.Tests", "Fixtures", "OrchardRecipes");

    /// <summary>The shared original next to the repository, present on the team's machines but not in CI.</summary>
    public static string SharedOrchardRecipes => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", "orchard-recipes"));

    public static string SetupRecipe => Path.Combine(Root, "recipes", "efus.recipe.json");

    public static string OrchardRecipe(string fileName) => Path.Combine(OrchardRecipes, fileName);

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
