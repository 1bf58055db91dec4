using Efus.Cms.Core.Storage;
using Efus.Cms.Recipes.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Efus.Cms.Recipes.Tests.Execution.RecipeExecutorTests;

namespace Efus.Cms.Recipes.Tests.Execution;

public sealed class RecipeServicesTests
{
    [Fact]
    public async Task AddEfusRecipes_RegistersEverySupportedStep()
    {
        await using var site = new TestSite();

        var steps = await site.InScopeAsync(s => Task.FromResult(s.GetRequiredService<RecipeExecutor>().SupportedSteps));

        Assert.Equal(
            ["content", "ContentDefinition", "CreateOrUpdateIndexProfile", "DeleteContentDefinition", "feature", "GraphQLQueries", "lucene-index", "lucene-index-rebuild",
             "lucene-index-reset", "media", "ReplaceContentDefinition", "Roles", "settings", "themes"],
            steps);
    }

    /// <summary>Setup runs a recipe inside its own unit of work: the recipe joins it and commits only with it.</summary>
    [Fact]
    public async Task Execute_InsideAnOpenUnitOfWork_JoinsItsTransaction()
    {
        await using var site = new TestSite();
        var before = await site.ExportAsync();

        await site.InScopeAsync(async s =>
        {
            var unitOfWork = s.GetRequiredService<IUnitOfWork>();
            await using (await unitOfWork.BeginAsync())
            {
                var recipe = s.GetRequiredService<RecipeReader>().Parse(Recipe(Definitions, Content(Sheet("a", "a1", "A", "a"))), "setup.recipe.json");
                var result = await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe);
                Assert.Equal(1, result.ItemsCreated);

                // The outer unit of work is left without committing: everything the recipe wrote goes with it.
            }

            return 0;
        });

        Assert.Equal(before, await site.ExportAsync());
    }

    [Fact]
    public async Task Export_SetupSite_ContentAndDefinitionsAreTheRecipesOwn()
    {
        await using var site = new TestSite();
        await site.RunFileAsync(RepoPaths.SetupRecipe);
        var source = await Readers.Default.ReadFileAsync(RepoPaths.SetupRecipe);

        var export = Readers.Default.Parse(await site.ExportAsync(), "export.recipe.json");

        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            source.Steps.Single(s => s.Name == "content").Json["Data"],
            export.Steps.Single(s => s.Name == "content").Json["data"]));
        var sourceTypes = source.Steps.Single(s => s.Name == "ContentDefinition").Json["ContentTypes"]!.AsArray();
        var exportedTypes = export.Steps.Single(s => s.Name == "ContentDefinition").Json["ContentTypes"]!.AsArray();
        Assert.Equal(sourceTypes.Count, exportedTypes.Count);
        Assert.All(exportedTypes, t => Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            sourceTypes.Single(s => s!["Name"]!.GetValue<string>() == t!["Name"]!.GetValue<string>()), t)));
    }

    [Fact]
    public async Task Execute_AdminParametersNotSupplied_FallBackToTheCurrentUser()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(Definitions));

        await site.RunJsonAsync(Recipe(Content(
            """{"ContentItemId":"a","ContentItemVersionId":"a1","ContentType":"Sheet","Author":"[js: parameters('AdminUsername')]","Latest":true,"Published":true,"TitlePart":{"Title":"A"}}""")));

        Assert.Equal("system", Assert.Single(await site.VersionsAsync("a")).Author);
    }
}
