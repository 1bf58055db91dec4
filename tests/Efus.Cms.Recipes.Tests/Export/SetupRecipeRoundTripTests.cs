using Efus.Cms.Recipes.Tests.Infrastructure;

namespace Efus.Cms.Recipes.Tests.Export;

/// <summary>The site's setup recipe imports completely, and export → import → export gives the same bytes.</summary>
public sealed class SetupRecipeRoundTripTests
{
    [Fact]
    public async Task Execute_SetupRecipe_ImportsCompletely()
    {
        await using var site = new TestSite();

        var result = await site.RunFileAsync(RepoPaths.SetupRecipe);

        Assert.Equal(7, result.StepsRun);
        Assert.Equal(0, result.StepsSkipped);
        Assert.True(result.ItemsCreated > 0);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task Export_ImportedIntoAnEmptySite_ExportsTheSameBytes()
    {
        await using var first = new TestSite();
        await first.RunFileAsync(RepoPaths.SetupRecipe);
        var export = await first.ExportAsync();
        using var folder = new TempFolder();
        var exportPath = folder.File("export.recipe.json", export);

        await using var second = new TestSite();
        var result = await second.RunFileAsync(exportPath);
        var again = await second.ExportAsync();

        Assert.Equal(export, again);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task Export_SameSite_IsByteIdenticalAndReadable()
    {
        await using var site = new TestSite();
        await site.RunFileAsync(RepoPaths.SetupRecipe);

        var export = await site.ExportAsync();

        Assert.Equal(export, await site.ExportAsync());
        Assert.Contains("\"Thèmes\"", export, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E8", export, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\r", export, StringComparison.Ordinal);
        var recipe = Readers.Default.Parse(export, "export.recipe.json");
        Assert.Equal("Export", recipe.Name);
        Assert.False(recipe.IsSetupRecipe);
        Assert.Equal(["feature", "themes", "settings", "Roles", "ContentDefinition", "lucene-index", "content"], recipe.Steps.Select(s => s.Name));
    }

    [Fact]
    public async Task Execute_SetupRecipeTwice_LeavesEverythingUnchanged()
    {
        await using var site = new TestSite();
        var first = await site.RunFileAsync(RepoPaths.SetupRecipe);
        var export = await site.ExportAsync();

        var second = await site.RunFileAsync(RepoPaths.SetupRecipe);

        Assert.Equal(0, second.ItemsCreated);
        Assert.Equal(0, second.ItemsUpdated);
        Assert.Equal(first.ItemsCreated, second.ItemsUnchanged);
        Assert.Equal(export, await site.ExportAsync());
    }

    /// <summary>The exported setup site, committed: a change to the export format or the setup recipe is a visible diff.</summary>
    [Fact]
    public async Task Export_SetupSite_MatchesTheSnapshot()
    {
        await using var site = new TestSite();
        await site.RunFileAsync(RepoPaths.SetupRecipe);

        var export = await site.ExportAsync();

        var snapshot = Path.Combine(RepoPaths.Root, "tests", "Efus.Cms.Recipes.Tests", "Export", "Snapshots", "efus.export.recipe.json");
        if (Environment.GetEnvironmentVariable("EFUS_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
            await File.WriteAllTextAsync(snapshot, export);
        }

        Assert.Equal(await File.ReadAllTextAsync(snapshot), export);
    }
}
