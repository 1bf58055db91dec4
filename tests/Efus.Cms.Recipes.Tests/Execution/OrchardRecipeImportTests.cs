using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Efus.Cms.Recipes.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Recipes.Tests.Execution;

/// <summary>Orchard Core's own recipes import here.</summary>
public sealed class OrchardRecipeImportTests
{
    [Fact]
    public async Task Execute_LuceneQueryTestRecipe_ImportsCompletely()
    {
        await using var site = new TestSite();

        var result = await site.RunFileAsync(RepoPaths.OrchardRecipe("luceneQueryTest.json"));

        Assert.Equal((4, 0, 4, 0, 0), (result.StepsRun, result.StepsSkipped, result.ItemsCreated, result.ItemsUpdated, result.ItemsUnchanged));
        Assert.Empty(result.Warnings);
        var articles = await site.InScopeAsync(s => s.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery { ContentTypes = ["Article"], OrderBy = ContentOrder.DisplayTextAscending }));
        Assert.Equal(["CMS", "Core Framework", "Orchard", "Orchard Core"], articles.Items.Select(i => i.DisplayText).Order(StringComparer.Ordinal));
        Assert.All(articles.Items, i => Assert.Matches("^[0-9a-z]{26}$", i.ContentItemId));
        var indexes = await Document(site, DocumentNames.LuceneIndexSettings);
        Assert.Equal(
            """{"ArticleIndex":{"AnalyzerName":"standardanalyzer","IndexLatest":false,"IndexedContentTypes":["Article"],"Culture":"any","StoreSourceData":false}}""",
            indexes!.ToJsonString());
        var definitions = await site.InScopeAsync(s => s.GetRequiredService<IContentDefinitionManager>().GetAsync());
        Assert.True(definitions.Type("Article")!.Part("HtmlBodyPart")!.Settings["LuceneContentIndexSettings"]!["Included"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Execute_DynamicContentTypeQueryTestRecipe_ImportsCompletely()
    {
        await using var site = new TestSite();

        var result = await site.RunFileAsync(RepoPaths.OrchardRecipe("DynamicContentTypeQueryTest.json"));

        Assert.Equal(3, result.StepsRun);
        Assert.Equal(2, result.ItemsCreated);
        Assert.Empty(result.Warnings);
        var products = await site.InScopeAsync(s => s.GetRequiredService<IContentManager>().QueryAsync(new ContentQuery { ContentTypes = ["Product"] }));
        var product2 = Assert.Single(products.Items, p => p.DisplayText == "Product 2");
        Assert.Equal(22, product2.Field("PricePart", "Amount")!["Value"]!.GetValue<decimal>());
        Assert.Equal("4000-44", product2.Field("SkuPart", "Sku")!["Text"]!.GetValue<string>());
        Assert.Equal("2024-05-18", product2.Field("MetadataPart", "AvailabilityDate")!["Value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Execute_BlogLuceneSearchRecipe_RecordsIndexSettingsAndRebuild()
    {
        await using var site = new TestSite();

        var result = await site.RunFileAsync(RepoPaths.OrchardRecipe("blog.lucene.search.recipe.json"));

        Assert.Equal(5, result.StepsRun);
        Assert.Equal("""{"Rebuild":["Search"]}""", (await Document(site, "LuceneIndexRequests"))!.ToJsonString());
        var site_ = await Document(site, DocumentNames.Site);
        Assert.Equal("Search", site_!["Properties"]!["LuceneSettings"]!["SearchIndex"]!.GetValue<string>());
        var roles = await Document(site, DocumentNames.Roles);
        Assert.Equal(
            """{"Roles":[{"RoleName":"Anonymous","NormalizedRoleName":"ANONYMOUS","RoleDescription":"Anonymous role","RoleClaims":[{"ClaimType":"Permission","ClaimValue":"ViewContent"},{"ClaimType":"Permission","ClaimValue":"QueryLuceneSearchIndex"}]}]}""",
            roles!.ToJsonString());
    }

    [Theory]
    [InlineData("headless.recipe.json")]
    [InlineData("saas.recipe.json")]
    public async Task Execute_SiteRecipesWithoutContent_ImportCompletely(string fileName)
    {
        await using var site = new TestSite();

        var result = await site.RunFileAsync(RepoPaths.OrchardRecipe(fileName));

        Assert.Equal(4, result.StepsRun);
        Assert.NotNull(await Document(site, DocumentNames.Features));
        Assert.NotNull(await Document(site, DocumentNames.Themes));
    }

    private static Task<JsonObject?> Document(TestSite site, string name) =>
        site.InScopeAsync(s => s.GetRequiredService<IDocumentStore>().GetAsync(name));
}
