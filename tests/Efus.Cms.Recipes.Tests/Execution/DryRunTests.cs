using Efus.Cms.Core.Management;
using Efus.Cms.Recipes.Tests.Infrastructure;
using static Efus.Cms.Recipes.Tests.Execution.RecipeExecutorTests;

namespace Efus.Cms.Recipes.Tests.Execution;

/// <summary>A dry run runs every step in the transaction, reports what it would do by type, and rolls everything back.</summary>
public sealed class DryRunTests
{
    [Fact]
    public async Task DryRun_ReportsByTypeAndDefinition_AndWritesNothing()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(Definitions, Content(Sheet("a", "a1", "A", "a"))));
        var before = await site.ExportAsync();
        var progress = new List<RecipeProgress>();

        var result = await site.RunJsonAsync(Recipe(
            Definitions.Replace("\"DisplayName\":\"Fiche\"", "\"DisplayName\":\"Fiche de pratique\"", StringComparison.Ordinal),
            Content(Sheet("a", "a1", "A", "a"), Sheet("a", "a2", "A bis", "a"), Sheet("b", "b1", "B", "b"))),
            new RecipeExecutionOptions { DryRun = true, Progress = new SyncProgress(progress) });

        Assert.True(result.DryRun);
        Assert.Equal((2, 0, 1), (result.ItemsCreated, result.ItemsUpdated, result.ItemsUnchanged));
        Assert.Equal(new ImportSummary(2, 0, 1), result.ByType["Sheet"]);
        Assert.Equal(["type Sheet"], result.DefinitionsChanged);
        Assert.Equal(["1 ContentDefinition", "2 content"], result.Steps);
        Assert.Equal(before, await site.ExportAsync());
        Assert.Equal("Fiche", (await site.DefinitionsAsync()).Type("Sheet")!.DisplayName);
        Assert.Contains(progress, p => p is { StepNumber: 2, StepName: "content", ItemsDone: 3, ItemsTotal: 3 });
    }

    [Fact]
    public async Task RealRun_ReportsTheSameCounts_AndCommits()
    {
        await using var site = new TestSite();

        var result = await site.RunJsonAsync(Recipe(Definitions, Content(Sheet("a", "a1", "A", "a"), Sheet("b", "b1", "B", "b"))));

        Assert.False(result.DryRun);
        Assert.Equal(new ImportSummary(2, 0, 0), result.ByType["Sheet"]);
        Assert.Equal(["part Sheet", "type Sheet"], result.DefinitionsChanged);
        Assert.Equal(2, (await site.VersionsAsync("a")).Count + (await site.VersionsAsync("b")).Count);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test wants every report, in order.</summary>
    private sealed class SyncProgress(List<RecipeProgress> reports) : IProgress<RecipeProgress>
    {
        public void Report(RecipeProgress value) => reports.Add(value);
    }
}
