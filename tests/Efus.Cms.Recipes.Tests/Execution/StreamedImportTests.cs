using Efus.Cms.Recipes.Tests.Infrastructure;
using static Efus.Cms.Recipes.Tests.Execution.RecipeExecutorTests;

namespace Efus.Cms.Recipes.Tests.Execution;

/// <summary>A content step's items stay in the recipe file and are read one at a time; the recipe still commits whole or not at all.</summary>
public sealed class StreamedImportTests
{
    private static string Items(int count, Func<int, string>? last = null) =>
        string.Join(",\n", Enumerable.Range(0, count).Select(i => i == count - 1 && last is not null ? last(i) : Sheet($"s{i}", $"s{i}v", $"Sheet {i}", $"sheet-{i}")));

    [Fact]
    public async Task ReadFile_ContentStep_LeavesItsItemsInTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("many.recipe.json", Recipe(Definitions, Content(Items(120))));

        var recipe = await Readers.Default.ReadFileAsync(path);

        var step = recipe.Steps[1];
        Assert.Empty(step.Shell["Data"]!.AsArray());
        Assert.Equal(120, step.Data!.Count);
        Assert.Equal(["Sheet"], step.Data.ContentTypes);
        Assert.Equal(120, step.Json["Data"]!.AsArray().Count);
        Assert.Equal("Sheet 119", step.Json["Data"]![119]!["TitlePart"]!["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task ImportFile_ManyItems_ImportsEveryOneAndReportsProgress()
    {
        using var folder = new TempFolder();
        var path = folder.File("many.recipe.json", Recipe(Definitions, Content(Items(120))));
        await using var site = new TestSite();
        var progress = new List<RecipeProgress>();

        var result = await site.RunFileAsync(path, new RecipeExecutionOptions { Progress = new SyncProgress(progress.Add) });

        Assert.Equal(120, result.ItemsCreated);
        Assert.Equal("Sheet 119", Assert.Single(await site.VersionsAsync("s119")).DisplayText);
        Assert.Equal(new RecipeProgress(2, 2, "content", 120, 120), progress[^1]);
    }

    [Fact]
    public async Task ImportFile_LastItemInvalid_WritesNothingAndNamesTheItemAndField()
    {
        using var folder = new TempFolder();
        var path = folder.File("bad-last.recipe.json",
            Recipe(Definitions, Content(Items(120, i => Sheet($"s{i}", $"s{i}v", "Last", "last", year: "\"not a year\"")))));
        await using var site = new TestSite();
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(path));

        Assert.Equal("bad-last.recipe.json: step 2 'content': $.steps[1].Data[119].Sheet.Year: 'Value' must be a number, found String", error.Message);
        Assert.Equal(before, await site.ExportAsync());
        Assert.Empty(await site.VersionsAsync("s0"));
        Assert.Empty((await site.DefinitionsAsync()).Types);
    }

    [Fact]
    public async Task ImportFile_ItemNotAnObject_IsNamedByItsPlace()
    {
        using var folder = new TempFolder();
        var path = folder.File("odd.recipe.json", Recipe(Definitions, Content(Sheet("a", "a1", "A", "a"), "42")));
        await using var site = new TestSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(path));

        Assert.Equal("odd.recipe.json: step 2 'content': $.steps[1].Data[1]: expected a content item object, found Number", error.Message);
        Assert.Empty(await site.VersionsAsync("a"));
    }

    [Fact]
    public async Task Export_ThenImportFile_GivesTheSameSite()
    {
        using var folder = new TempFolder();
        await using var source = new TestSite();
        await source.RunJsonAsync(Recipe(Definitions, Content(Items(40))));
        var export = await source.ExportAsync();
        var path = folder.File("export.recipe.json", export);
        await using var target = new TestSite();

        await target.RunFileAsync(path);

        Assert.Equal(export, await target.ExportAsync());
    }

    private sealed class SyncProgress(Action<RecipeProgress> report) : IProgress<RecipeProgress>
    {
        public void Report(RecipeProgress value) => report(value);
    }
}
