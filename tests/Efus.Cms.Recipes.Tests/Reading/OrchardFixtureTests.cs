using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Efus.Cms.Recipes.Tests.Infrastructure;

namespace Efus.Cms.Recipes.Tests.Reading;

/// <summary>Every Orchard Core recipe in the fixtures folder is read; the committed copy is exactly upstream's.</summary>
public sealed partial class OrchardFixtureTests
{
    public static TheoryData<string, string[]> Recipes => new()
    {
        { "blog.recipe.json", ["feature", "themes", "Roles", "settings", "ContentDefinition", "content", "media", "layers", "queries", "AdminMenu", "MediaProfiles"] },
        { "agency.recipe.json", ["feature", "themes", "Roles", "settings", "ContentDefinition", "content", "layers", "media", "Content", "Templates", "MediaProfiles"] },
        { "headless.recipe.json", ["feature", "Roles", "settings", "themes"] },
        { "saas.recipe.json", ["feature", "themes", "Roles", "settings"] },
        { "blog.lucene.search.recipe.json", ["feature", "lucene-index", "Settings", "Roles", "lucene-index-rebuild"] },
        { "blog.lucene.query.recipe.json", ["recipes", "queries"] },
        { "luceneQueryTest.json", ["feature", "ContentDefinition", "lucene-index", "content"] },
        { "DynamicContentTypeQueryTest.json", ["feature", "ContentDefinition", "content"] },
    };

    [Theory]
    [MemberData(nameof(Recipes))]
    public async Task ReadFile_OrchardRecipe_ReadsEveryStep(string fileName, string[] steps)
    {
        var recipe = await Readers.Default.ReadFileAsync(RepoPaths.OrchardRecipe(fileName));

        Assert.Equal(fileName, recipe.FileName);
        Assert.Equal(steps, recipe.Steps.Select(s => s.Name));
        Assert.Equal(Enumerable.Range(1, steps.Length), recipe.Steps.Select(s => s.Number));
        Assert.False(string.IsNullOrEmpty(recipe.Name));
    }

    [Fact]
    public void FixturesFolder_EveryJsonFile_IsCovered()
    {
        var files = Directory.GetFiles(RepoPaths.OrchardRecipes, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var covered = Recipes.Select(row => (string)row[0]).Append(QuerySnippet).Order(StringComparer.Ordinal);

        Assert.Equal(covered, files);
    }

    [Fact]
    public async Task ReadFile_BlogRecipe_ReadsMetadataAndVariables()
    {
        var recipe = await Readers.Default.ReadFileAsync(RepoPaths.OrchardRecipe("blog.recipe.json"));

        Assert.Equal("Blog", recipe.Name);
        Assert.Equal("The Orchard Core Team", recipe.Author);
        Assert.Equal("1.0.0", recipe.Version);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal(["default"], recipe.Categories);
        Assert.Equal(["blog"], recipe.Tags);
        Assert.Equal(10, recipe.Variables.Count);
        Assert.Equal("[js:uuid()]", recipe.Variables["blogContentItemId"]!.GetValue<string>());
        Assert.Equal(RepoPaths.OrchardRecipes, recipe.BasePath);
    }

    /// <summary>The Lucene query template that blog.lucene.query.recipe.json includes: not a recipe, and said so.</summary>
    private const string QuerySnippet = "recentBlogPosts.Lucene.json";

    [Fact]
    public async Task ReadFile_QuerySnippet_IsRefusedAsNotARecipe()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => Readers.Default.ReadFileAsync(RepoPaths.OrchardRecipe(QuerySnippet)));

        Assert.Equal("recentBlogPosts.Lucene.json: a recipe needs a 'steps' array; this file has none (is it a recipe?)", error.Message);
    }

    [Fact]
    public void FixtureCopy_EveryFile_HasTheUpstreamGitBlobId()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.OrchardRecipes, "README.md"));
        var rows = ReadmeRow().Matches(readme).Select(m => (File: m.Groups[1].Value, Blob: m.Groups[2].Value)).ToList();

        Assert.Equal(9, rows.Count);
        foreach (var (file, blob) in rows)
        {
            Assert.Equal(blob, GitBlobId(File.ReadAllBytes(RepoPaths.OrchardRecipe(file))));
        }
    }

    [Fact]
    public void FixtureCopy_WhenTheSharedFolderIsPresent_IsIdenticalToIt()
    {
        // The shared folder exists on the team's machines, not in a clean clone; the blob-id test covers CI.
        if (!Directory.Exists(RepoPaths.SharedOrchardRecipes))
        {
            return;
        }

        foreach (var shared in Directory.GetFiles(RepoPaths.SharedOrchardRecipes))
        {
            Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(Path.Combine(RepoPaths.OrchardRecipes, Path.GetFileName(shared))));
        }
    }

    private static string GitBlobId(byte[] content)
    {
        var header = Encoding.ASCII.GetBytes($"blob {content.Length}\0");
#pragma warning disable CA5350 // git names blobs by SHA-1; this checks an id, it does not protect anything.
        return Convert.ToHexStringLower(SHA1.HashData([.. header, .. content]));
#pragma warning restore CA5350
    }

    [GeneratedRegex(@"^\| `([^`]+\.json)` \| `[^`]+` \| `([0-9a-f]{40})` \|", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();
}
