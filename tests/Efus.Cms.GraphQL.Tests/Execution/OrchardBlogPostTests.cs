using System.Security.Claims;
using Efus.Cms.GraphQL.Tests.Infrastructure;
using Efus.Cms.Recipes;

namespace Efus.Cms.GraphQL.Tests.Execution;

/// <summary>
/// Orchard's <c>BlogPostTests</c> on its Blog setup recipe (imported as it is, skipping the steps Efus
/// does not support): the collapsed Autoroute and type-named part, the status counts with one extra
/// draft, and the permission rules (401 without ExecuteGraphQL, own items only with ViewOwnContent,
/// UNAUTHORIZED without any view permission), with the permissions taken from the Roles document.
/// </summary>
public sealed class OrchardBlogPostTests : IAsyncLifetime
{
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "efus-blog-theme-" + Guid.NewGuid().ToString("n"));
    private GraphQLTestSite _site = null!;

    private static ClaimsPrincipal Reader => GraphQLTestSite.User("reader", "Reader");

    public async Task InitializeAsync()
    {
        // TheBlogTheme's layout: the recipe in Recipes/, its footer snippet and the images it imports.
        Directory.CreateDirectory(Path.Combine(_theme, "Recipes", "Snippets"));
        Directory.CreateDirectory(Path.Combine(_theme, "wwwroot", "assets", "img"));
        File.Copy(RepoPaths.OrchardRecipe("blog.recipe.json"), Path.Combine(_theme, "Recipes", "blog.recipe.json"));
        await File.WriteAllTextAsync(Path.Combine(_theme, "Recipes", "Snippets", "footer.html"), "<p>Powered by Orchard Core</p>");
        foreach (var image in new[] { "about-bg.jpg", "home-bg.jpg", "post-bg.jpg" })
        {
            await File.WriteAllBytesAsync(Path.Combine(_theme, "wwwroot", "assets", "img", image), [0xFF, 0xD8, 0xFF, 0xD9]);
        }

        _site = await GraphQLTestSite.CreateWithoutRolesAsync();
        await _site.RunRecipeFileAsync(Path.Combine(_theme, "Recipes", "blog.recipe.json"), new RecipeExecutionOptions
        {
            SkipUnsupportedSteps = true,
            ContentRoot = _theme,
            Parameters = new Dictionary<string, string> { ["AdminUserId"] = "4admin00000000000000000001", ["AdminUsername"] = "admin", ["SiteName"] = "Blog" },
        });
        // Roles for the permission rules; the recipe's own roles (Anonymous has no permission) stay as they are.
        await _site.RunRecipeJsonAsync("""
            {"steps": [{"name": "Roles", "Roles": [
              {"Name": "Reader", "Permissions": ["ExecuteGraphQL", "ViewContent"]},
              {"Name": "OwnReader", "Permissions": ["ExecuteGraphQL", "ViewOwnContent"]},
              {"Name": "GraphQLOnly", "Permissions": ["ExecuteGraphQL"]}]}]}
            """);
    }

    [Fact]
    public async Task Blog_ReturnsTheSetupBlog()
    {
        var result = (await _site.ExecuteAsync("{ blog { contentItemId displayText } }", user: Reader)).AssertOk();

        Assert.Single(result.Values("blog", "contentItemId"));
    }

    [Fact]
    public async Task BlogPost_WherePathOfTheCollapsedAutoroute_AndTypeNamedPartCollapsed()
    {
        var byPath = (await _site.ExecuteAsync("""{ blogPost(where: {path: "blog/post-1"}) { displayText subtitle } }""", user: Reader)).AssertOk();
        var none = (await _site.ExecuteAsync("""{ blogPost(where: {path: "blog/post-2"}) { displayText } }""", user: Reader)).AssertOk();

        Assert.Equal(["Man must explore, and this is exploration at its greatest"], byPath.Values("blogPost", "displayText"));
        Assert.Equal(["Problems look mighty small from 150 miles up"], byPath.Values("blogPost", "subtitle"));
        Assert.Empty(none.Values("blogPost", "displayText"));
    }

    [Fact]
    public async Task BlogPost_Status_CountsOnePublishedOneDraftTwoLatest_WithOneExtraDraft()
    {
        await _site.RunRecipeJsonAsync("""
            {"steps": [{"name": "content", "Data": [{"ContentItemId": "4blogdraft0000000000000001", "ContentItemVersionId": "4blogdraft0000000000000v01",
              "ContentType": "BlogPost", "DisplayText": "Some sorts of Draft", "Latest": true, "Published": false,
              "TitlePart": {"Title": "Some sorts of Draft"}, "AutoroutePart": {"Path": "blog/some-sorts-of-draft"}}]}]}
            """);

        var result = (await _site.ExecuteAsync("""
            { published: blogPost(status: PUBLISHED) { displayText }
              draft: blogPost(status: DRAFT) { displayText }
              latest: blogPost(status: LATEST) { displayText } }
            """, user: GraphQLTestSite.Administrator)).AssertOk();

        Assert.Single(result.Values("published", "displayText"));
        Assert.Equal(["Some sorts of Draft"], result.Values("draft", "displayText"));
        Assert.Equal(2, result.Values("latest", "displayText").Count);
    }

    [Fact]
    public async Task Anonymous_WithoutExecuteGraphQL_Is401()
    {
        var result = await _site.ExecuteAsync("{ blog { contentItemId } }");

        Assert.Equal(401, result.StatusCode);
        Assert.Equal(GraphQLAccess.UnauthorizedCode, result.FirstErrorCode);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task ViewOwnContentOnly_NotTheOwner_GetsAnEmptyList_AndTheOwnerGetsTheirs()
    {
        var stranger = (await _site.ExecuteAsync("{ blog { contentItemId } }", user: GraphQLTestSite.User("someone-else", "OwnReader"))).AssertOk();
        var owner = (await _site.ExecuteAsync("{ blog { contentItemId } }", user: GraphQLTestSite.User("4admin00000000000000000001", "OwnReader"))).AssertOk();

        Assert.Empty(stranger.Values("blog", "contentItemId"));
        Assert.Single(owner.Values("blog", "contentItemId"));
    }

    [Fact]
    public async Task ExecuteGraphQLWithoutAnyViewPermission_IsUnauthorized401()
    {
        var result = await _site.ExecuteAsync("{ blog { contentItemId } }", user: GraphQLTestSite.User("x", "GraphQLOnly"));

        Assert.Equal(401, result.StatusCode);
        Assert.Equal(GraphQLAccess.UnauthorizedCode, result.FirstErrorCode);
        Assert.Contains("ViewContent", result.FirstErrorMessage, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_theme, recursive: true);
    }
}
