using Efus.Cms.Core.Storage;
using Efus.Cms.Recipes.Tests.Infrastructure;
using static Efus.Cms.Recipes.Tests.Execution.RecipeExecutorTests;

namespace Efus.Cms.Recipes.Tests.Steps;

/// <summary>The settings, Roles, feature and themes steps and the documents they write.</summary>
public sealed class SiteStepTests
{
    [Fact]
    public async Task Settings_KnownKeysAtTheTopOthersUnderProperties()
    {
        await using var site = new TestSite();

        await site.RunJsonAsync(Recipe("""{"name":"settings","siteName":"Efus","PageSize":10,"LuceneSettings":{"SearchIndex":"Search"},"Custom":3}"""));

        Assert.Equal("""{"SiteName":"Efus","PageSize":10,"Properties":{"LuceneSettings":{"SearchIndex":"Search"},"Custom":3}}""",
            (await site.DocumentAsync(DocumentNames.Site))!.ToJsonString());
    }

    [Fact]
    public async Task Settings_SecondStep_ReplacesItsKeysAndKeepsTheOthers()
    {
        await using var site = new TestSite();

        await site.RunJsonAsync(Recipe(
            """{"name":"settings","SiteName":"Efus","LuceneSettings":{"SearchIndex":"Search","DefaultSearchFields":["a"]},"SearchSettings":{"ProviderName":"Lucene"}}""",
            """{"name":"Settings","SiteName":"Efus 2","LuceneSettings":{"SearchIndex":"Other"}}"""));

        Assert.Equal("""{"SiteName":"Efus 2","Properties":{"LuceneSettings":{"SearchIndex":"Other"},"SearchSettings":{"ProviderName":"Lucene"}}}""",
            (await site.DocumentAsync(DocumentNames.Site))!.ToJsonString());
    }

    [Fact]
    public async Task Roles_ExistingRole_GetsItsPermissionsReplaced()
    {
        await using var site = new TestSite();

        await site.RunJsonAsync(Recipe(
            """{"name":"Roles","Roles":[{"Name":"Editor","Description":"Editor","Permissions":["EditContent","PublishContent"]},{"Name":"Anonymous","Description":"Anonymous","Permissions":[]}]}""",
            """{"name":"roles","roles":[{"name":"editor","description":"Éditeur","permissions":["ViewContent"]}]}"""));

        Assert.Equal(
            """{"Roles":[{"RoleName":"Editor","NormalizedRoleName":"EDITOR","RoleDescription":"Éditeur","RoleClaims":[{"ClaimType":"Permission","ClaimValue":"ViewContent"}]},""" +
            """{"RoleName":"Anonymous","NormalizedRoleName":"ANONYMOUS","RoleDescription":"Anonymous","RoleClaims":[]}]}""",
            (await site.DocumentAsync(DocumentNames.Roles))!.ToJsonString(Core.Content.ContentItemJson.WriteOptions));
    }

    [Fact]
    public async Task Roles_WithoutName_IsRefused()
    {
        await using var site = new TestSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe("""{"name":"Roles","Roles":[{"Permissions":[]}]}""")));

        Assert.Equal("test.recipe.json: step 1 'Roles': $.steps[0].Roles[0].Name: a role needs a 'Name'", error.Message);
    }

    [Fact]
    public async Task Feature_RecordsEnabledAndDisabledAndWarnsAboutUnknownIds()
    {
        await using var site = new TestSite();

        var result = await site.RunJsonAsync(Recipe(
            """{"name":"feature","enable":["OrchardCore.Title","OrchardCore.Contents","OrchardCore.Lists"]}""",
            """{"name":"Feature","disable":["OrchardCore.Lists"],"enable":["OrchardCore.Contnets"]}"""));

        Assert.Equal("""{"Enabled":["OrchardCore.Contents","OrchardCore.Contnets","OrchardCore.Title"],"Disabled":["OrchardCore.Lists"]}""",
            (await site.DocumentAsync(DocumentNames.Features))!.ToJsonString());
        Assert.Equal(["step 2 'Feature': unknown feature 'OrchardCore.Contnets' recorded; Efus.Cms does not know it (is the id spelled as in Orchard Core?)"], result.Warnings);
    }

    [Fact]
    public async Task Themes_KeepsWhatTheStepDoesNotMention()
    {
        await using var site = new TestSite();

        await site.RunJsonAsync(Recipe("""{"name":"themes","admin":"TheAdmin","site":"TheBlogTheme"}""", """{"name":"themes","site":""}"""));

        Assert.Equal("""{"Admin":"TheAdmin","Site":""}""", (await site.DocumentAsync(DocumentNames.Themes))!.ToJsonString());
    }

    [Fact]
    public async Task Export_SiteDocuments_ComeBackAsTheirSteps()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(
            """{"name":"feature","disable":["OrchardCore.Lists"],"enable":["OrchardCore.Contents"]}""",
            """{"name":"themes","admin":"TheAdmin","site":""}""",
            """{"name":"settings","SiteName":"Efus","LuceneSettings":{"SearchIndex":"Search"}}""",
            """{"name":"Roles","Roles":[{"Name":"Anonymous","Description":"Visiteur","Permissions":["ViewContent"]}]}"""));

        var export = Readers.Default.Parse(await site.ExportAsync(), "export.recipe.json");

        Assert.Equal(
            [
                """{"name":"feature","disable":["OrchardCore.Lists"],"enable":["OrchardCore.Contents"]}""",
                """{"name":"themes","admin":"TheAdmin","site":""}""",
                """{"name":"settings","SiteName":"Efus","LuceneSettings":{"SearchIndex":"Search"}}""",
                """{"name":"Roles","Roles":[{"Name":"Anonymous","Description":"Visiteur","Permissions":["ViewContent"]}]}""",
            ],
            export.Steps.Select(s => s.Json.ToJsonString()));
    }
}
