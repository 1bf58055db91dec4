using Efus.Cms.Recipes.Tests.Infrastructure;
using static Efus.Cms.Recipes.Tests.Execution.RecipeExecutorTests;

namespace Efus.Cms.Recipes.Tests.Steps;

/// <summary>Orchard's version semantics of the content step (BlogPostCreate/Update DeploymentPlanTests, BlogPostContentStepIdempotentTests).</summary>
public sealed class ContentStepTests
{
    [Fact]
    public async Task Content_NewVersionId_AddsAVersionAndDemotesTheOldOne()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(Definitions, Content(Sheet("a", "a1", "First", "a"))));

        var result = await site.RunJsonAsync(Recipe(Content(Sheet("a", "a2", "Second", "a"))));

        Assert.Equal(1, result.ItemsCreated);
        var versions = await site.VersionsAsync("a");
        Assert.Equal(2, versions.Count);
        var old = Assert.Single(versions, v => v.ContentItemVersionId == "a1");
        var current = Assert.Single(versions, v => v.ContentItemVersionId == "a2");
        Assert.False(old.Latest);
        Assert.False(old.Published);
        Assert.True(current.Latest);
        Assert.True(current.Published);
        Assert.Equal("Second", current.DisplayText);
    }

    [Fact]
    public async Task Content_SameVersionId_IsUpdatedInPlace()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(Definitions, Content(Sheet("a", "a1", "First", "a"))));

        var result = await site.RunJsonAsync(Recipe(Content(Sheet("a", "a1", "First, corrected", "a", year: "2025"))));

        Assert.Equal((0, 1, 0), (result.ItemsCreated, result.ItemsUpdated, result.ItemsUnchanged));
        var version = Assert.Single(await site.VersionsAsync("a"));
        Assert.Equal("First, corrected", version.DisplayText);
        Assert.Equal(2025, version.Field("Sheet", "Year")!["Value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Content_SameRecipeTwice_IsUnchanged()
    {
        await using var site = new TestSite();
        var recipe = Recipe(Definitions, Content(Sheet("a", "a1", "A", "a"), Sheet("b", "b1", "B", "b")));
        await site.RunJsonAsync(recipe);
        var export = await site.ExportAsync();

        var result = await site.RunJsonAsync(recipe);

        Assert.Equal((0, 0, 2), (result.ItemsCreated, result.ItemsUpdated, result.ItemsUnchanged));
        Assert.Equal(export, await site.ExportAsync());
    }

    [Fact]
    public async Task Content_DuplicateVersionInOneStep_IsImportedOnce()
    {
        await using var site = new TestSite();

        var result = await site.RunJsonAsync(Recipe(Definitions, Content(Sheet("a", "a1", "A", "a"), Sheet("a", "a1", "A again", "a"))));

        Assert.Equal(1, result.ItemsCreated);
        Assert.Equal(["step 2 'content': $.steps[1].Data[1]: version 'a1' already appears earlier in this step; ignored"], result.Warnings);
        Assert.Equal("A", Assert.Single(await site.VersionsAsync("a")).DisplayText);
    }

    [Fact]
    public async Task Content_DraftOverPublished_KeepsBothAndExportRoundTrips()
    {
        await using var site = new TestSite();
        var draft = Sheet("a", "a2", "Draft", "a").Replace("\"Published\":true", "\"Published\":false", StringComparison.Ordinal);
        await site.RunJsonAsync(Recipe(Definitions, Content(Sheet("a", "a1", "Published", "a"), draft)));

        var versions = await site.VersionsAsync("a");
        var export = await site.ExportAsync();
        await using var copy = new TestSite();
        await copy.RunJsonAsync(export, fileName: "export.recipe.json");

        Assert.True(Assert.Single(versions, v => v.ContentItemVersionId == "a1") is { Published: true, Latest: false });
        Assert.True(Assert.Single(versions, v => v.ContentItemVersionId == "a2") is { Published: false, Latest: true });
        Assert.Equal(2, Readers.Default.Parse(export, "export.recipe.json").Steps.Single(s => s.Name == "content").Json["data"]!.AsArray().Count);
        Assert.Equal(export, await copy.ExportAsync());
    }

    [Fact]
    public async Task Content_ItemWithoutIds_GetsNewOnesEachRun()
    {
        await using var site = new TestSite();
        var item = """{"ContentType":"Sheet","TitlePart":{"Title":"No id"},"Sheet":{}}""";

        await site.RunJsonAsync(Recipe(Definitions, Content(item)));
        var again = await site.RunJsonAsync(Recipe(Content(item.Replace("No id", "No id 2", StringComparison.Ordinal))));

        Assert.Equal(1, again.ItemsCreated);
    }
}
