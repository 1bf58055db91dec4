using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.Recipes.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Recipes.Tests.Execution;

/// <summary>
/// Orchard's Blog setup recipe, laid out as in TheBlogTheme: the recipe in <c>Recipes/</c>, its footer
/// snippet in <c>Recipes/Snippets/</c> (not among the fixtures, so the test writes one) and the images
/// in <c>wwwroot/assets/img/</c>, reached through <see cref="RecipeExecutionOptions.ContentRoot"/>.
/// The Menu and Taxonomy types come from Orchard module migrations, which Efus does not run, so a
/// prelude recipe defines them first.
/// </summary>
public sealed class BlogRecipeImportTests : IDisposable
{
    private const string Footer = "<p>Powered by Orchard Core</p>";

    private static readonly Dictionary<string, string> _parameters = new()
    {
        ["AdminUserId"] = "4admin00000000000000000001",
        ["AdminUsername"] = "admin",
        ["SiteName"] = "Blog",
    };

    private readonly TempFolder _theme = new();

    public BlogRecipeImportTests()
    {
        File.Copy(RepoPaths.OrchardRecipe("blog.recipe.json"), _theme.File("Recipes/blog.recipe.json"));
        _theme.File("Recipes/Snippets/footer.html", Footer);
        foreach (var image in new[] { "about-bg.jpg", "home-bg.jpg", "post-bg.jpg" })
        {
            File.WriteAllBytes(_theme.File($"wwwroot/assets/img/{image}"), ImageBytes(image));
        }
    }

    private string RecipePath => Path.Combine(_theme.Path, "Recipes", "blog.recipe.json");

    private RecipeExecutionOptions Options => new() { SkipUnsupportedSteps = true, Parameters = _parameters, ContentRoot = _theme.Path };

    [Fact]
    public async Task Execute_WithSkipUnsupportedSteps_ImportsEverySupportedStep()
    {
        await using var site = await PreparedSiteAsync();

        var result = await site.RunFileAsync(RecipePath, Options);

        Assert.Equal(7, result.StepsRun);
        Assert.Equal(4, result.StepsSkipped);
        Assert.Equal(7, result.ItemsCreated);
        Assert.Equal(
            [
                "step 8 'layers': skipped, this step is not supported",
                "step 9 'queries': skipped, this step is not supported",
                "step 10 'AdminMenu': skipped, this step is not supported",
                "step 11 'MediaProfiles': skipped, this step is not supported",
            ],
            result.Warnings);
    }

    [Fact]
    public async Task Execute_WithoutPrelude_DefinesMenuAndTaxonomyAsTheirEnabledModulesWould()
    {
        await using var site = new TestSite();

        var result = await site.RunFileAsync(RecipePath, Options);

        Assert.Equal(7, result.ItemsCreated);
        Assert.Contains("step 6 'content': defined the type 'Menu' as Orchard's OrchardCore.Menu module does (the recipe uses it without defining it)", result.Warnings);
        Assert.Contains("step 6 'content': defined the type 'Taxonomy' as Orchard's OrchardCore.Taxonomies module does (the recipe uses it without defining it)", result.Warnings);
        var definitions = await site.InScopeAsync(s => s.GetRequiredService<Efus.Cms.Core.Management.IContentDefinitionManager>().GetAsync());
        Assert.Equal(["TitlePart", "AliasPart", "AutoroutePart", "TaxonomyPart"], definitions.Type("Taxonomy")!.Parts.Select(p => p.Name));
        Assert.Equal("Menu", definitions.Type("Menu")!.TypeSettings.Stereotype);
    }

    [Fact]
    public async Task Execute_ModuleTypeWhoseFeatureIsNotEnabled_IsNotDefined()
    {
        await using var site = new TestSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync("""
            {"name":"NoFeature","steps":[{"name":"content","Data":[{"ContentItemId":"4menu0000000000000000000001","ContentType":"Menu","DisplayText":"Main","Latest":true,"Published":true,"TitlePart":{"Title":"Main"}}]}]}
            """));

        Assert.Contains("$.steps[0].Data[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ImportedItems_ReadBackWithTheFilesPartAndFieldJson()
    {
        await using var site = await PreparedSiteAsync();
        await site.RunFileAsync(RecipePath, Options);
        var recipe = await site.ReadAsync(RecipePath);
        var expectedItems = recipe.Steps.Single(s => s.Name == "content").Json["Data"]!.AsArray().Select(i => i!.AsObject()).ToList();
        var imported = await AllItemsAsync(site);
        var matcher = new ScriptAwareJson
        {
            Known =
            {
                ["[js: parameters('AdminUserId')]"] = _parameters["AdminUserId"],
                ["[js: parameters('AdminUsername')]"] = _parameters["AdminUsername"],
                ["[file:text('Snippets/footer.html')]"] = Footer,
            },
        };

        Assert.Equal(expectedItems.Count, imported.Count);
        foreach (var expected in expectedItems)
        {
            var title = expected["TitlePart"]?["Title"]?.GetValue<string>();
            var actual = ContentItemJson.ToJson(Assert.Single(imported, i =>
                i.ContentType == expected["ContentType"]!.GetValue<string>() && i.Part(WellKnownParts.Title)?["Title"]?.GetValue<string>() == title));
            var label = $"{expected["ContentType"]} '{title}'";

            foreach (var (key, value) in expected.Where(p => p.Value is JsonObject or JsonArray || p.Key is "ContentItemId" or "Owner" or "Author"))
            {
                matcher.AssertMatches(value, actual[key], $"{label}.{key}");
            }

            Assert.True(actual["Latest"]!.GetValue<bool>() && actual["Published"]!.GetValue<bool>(), label);
        }

        // The variables are shared across steps: the home route points at the blog the content step created.
        var siteSettings = await Document(site, DocumentNames.Site);
        Assert.Equal(matcher.Variables["blogContentItemId"], siteSettings!["HomeRoute"]!["ContentItemId"]!.GetValue<string>());
        Assert.Equal(10, recipe.Variables.Count);
    }

    [Fact]
    public async Task Execute_MediaStep_StoresTheThemeImages()
    {
        await using var site = await PreparedSiteAsync();

        await site.RunFileAsync(RecipePath, Options);

        var media = await site.InScopeAsync(s => s.GetRequiredService<IMediaStore>().ListAsync());
        Assert.Equal(["about-bg.jpg", "home-bg.jpg", "post-bg.jpg"], media.Select(m => m.Path).Order(StringComparer.Ordinal));
        var home = await site.InScopeAsync(s => s.GetRequiredService<IMediaStore>().GetAsync("home-bg.jpg"));
        Assert.Equal(ImageBytes("home-bg.jpg"), home!.Content);
    }

    [Fact]
    public async Task Execute_WithoutSkipUnsupportedSteps_RefusesNamingEveryUnsupportedStep()
    {
        await using var site = await PreparedSiteAsync();
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(RecipePath, Options with { SkipUnsupportedSteps = false }));

        Assert.StartsWith(
            "blog.recipe.json: unsupported steps: step 8 'layers', step 9 'queries', step 10 'AdminMenu', step 11 'MediaProfiles'. Supported steps: ",
            error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await site.ExportAsync());
    }

    /// <summary>Decision: like Orchard (FileNotFoundException), a missing snippet refuses the recipe rather than importing an empty value.</summary>
    [Fact]
    public async Task Execute_MissingSnippet_IsRefusedAndNothingIsWritten()
    {
        File.Delete(Path.Combine(_theme.Path, "Recipes", "Snippets", "footer.html"));
        await using var site = await PreparedSiteAsync();
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(RecipePath, Options));

        Assert.Equal(
            "blog.recipe.json: step 6 'content': $.steps[5].Data[6].RawHtml.Content.Html: the file 'Snippets/footer.html' does not exist next to the recipe",
            error.Message);
        Assert.Equal(before, await site.ExportAsync());
    }

    [Fact]
    public async Task Execute_MediaOutsideTheRecipeFolder_IsRefusedByDefault()
    {
        await using var site = await PreparedSiteAsync();
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(RecipePath, Options with { ContentRoot = null }));

        Assert.Equal(
            "blog.recipe.json: step 7 'media': $.steps[6].Files[0].SourcePath: '../wwwroot/assets/img/about-bg.jpg' points outside the recipe's folder; recipes may only read files inside it",
            error.Message);
        Assert.Equal(before, await site.ExportAsync());
    }

    public void Dispose() => _theme.Dispose();

    /// <summary>What Orchard's Menu and Taxonomies module migrations define before a recipe runs.</summary>
    private static async Task<TestSite> PreparedSiteAsync()
    {
        var site = new TestSite();
        await site.RunJsonAsync("""
            {"name":"OrchardMigrations","steps":[{"name":"ContentDefinition","ContentTypes":[
              {"Name":"Menu","DisplayName":"Menu","Settings":{"ContentTypeSettings":{"Stereotype":"Menu"}},"ContentTypePartDefinitionRecords":[
                {"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"AliasPart","Name":"AliasPart"},
                {"PartName":"MenuPart","Name":"MenuPart"},{"PartName":"MenuItemsListPart","Name":"MenuItemsListPart"}]},
              {"Name":"Taxonomy","DisplayName":"Taxonomy","Settings":{"ContentTypeSettings":{"Creatable":true,"Listable":true}},"ContentTypePartDefinitionRecords":[
                {"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"AliasPart","Name":"AliasPart"},
                {"PartName":"AutoroutePart","Name":"AutoroutePart","Settings":{"AutoroutePartSettings":{"Pattern":"{{ Model.ContentItem | display_text | slugify }}","AllowRouteContainedItems":true}}},
                {"PartName":"TaxonomyPart","Name":"TaxonomyPart"}]}]}]}
            """, fileName: "orchard-migrations.recipe.json");
        return site;
    }

    private static async Task<List<ContentItem>> AllItemsAsync(TestSite site) => await site.InScopeAsync(async s =>
    {
        var items = new List<ContentItem>();
        await foreach (var item in s.GetRequiredService<IContentStore>().StreamLatestAndPublishedAsync())
        {
            items.Add(item);
        }

        return items;
    });

    private static Task<JsonObject?> Document(TestSite site, string name) =>
        site.InScopeAsync(s => s.GetRequiredService<IDocumentStore>().GetAsync(name));

    private static byte[] ImageBytes(string name) => [0xFF, 0xD8, 0xFF, .. System.Text.Encoding.ASCII.GetBytes(name), 0xFF, 0xD9];
}
