using System.Net;
using System.Text.Json.Nodes;
using Efus.Cms.Recipes.Export;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.IntegrationTests;

public sealed class SetupTests
{
    private const string IntroductionFirstSentence =
        "L’adoption rapide des nouvelles technologies transforme les villes en environnements numériques et intelligents, améliorant la vie urbaine tout en soulevant des questions relatives aux droits civils et à l’éthique.";

    [Fact]
    public async Task Health_AfterFirstStart_IsOk()
    {
        using var site = new EfusSite();

        var response = await site.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HomePage_AfterSetup_ShowsTheIntroductionVerbatim()
    {
        using var site = new EfusSite();

        var html = await site.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains(IntroductionFirstSentence, html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryItemWithAPath_AnswersThereWithItsTitle()
    {
        using var site = new EfusSite();
        var client = site.CreateClient();
        var items = SetupRecipeItems().Where(i => i["AutoroutePart"]?["Path"] is not null && i["ContentType"]!.GetValue<string>() != "Taxonomy").ToList();

        Assert.True(items.Count >= 11);
        foreach (var item in items)
        {
            var path = item["AutoroutePart"]!["Path"]!.GetValue<string>();
            var response = await client.GetAsync(new Uri("/" + path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{path} answered {response.StatusCode}");
            Assert.Contains(item["DisplayText"]!.GetValue<string>(), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ConferenceReport_Page_ShowsBothSessions()
    {
        using var site = new EfusSite();

        var html = await site.CreateClient().GetStringAsync(new Uri("/conferences/securite-democratie-et-villes-2024", UriKind.Relative));

        Assert.Contains("Comment les villes combattent le cybercrime et quels sont leurs rôles", html, StringComparison.Ordinal);
        Assert.Contains("Technologies et IA : opportunités et menaces", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPath_Is404WithAHelpfulPage()
    {
        using var site = new EfusSite();

        var response = await site.CreateClient().GetAsync(new Uri("/projets/inconnu", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Retour à l’accueil", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondStart_OnTheSameData_ChangesNothing()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "efus-tests", Guid.NewGuid().ToString("n"));
        string first;
        using (var site = new EfusSite(dataPath: dataPath, keepData: true))
        {
            first = await ExportAsync(site);
        }

        using (var again = new EfusSite(dataPath: dataPath))
        {
            Assert.Equal(first, await ExportAsync(again));
        }
    }

    [Fact]
    public async Task EmptyRecipeSetting_StartsAnEmptySite()
    {
        using var site = new EfusSite(recipe: "none");

        var response = await site.CreateClient().GetAsync(new Uri("/projets/protect", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static async Task<string> ExportAsync(EfusSite site)
    {
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SiteExporter>().ExportToStringAsync();
    }

    internal static IEnumerable<JsonObject> SetupRecipeItems()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(EfusSite.RepositoryRoot, "recipes", "efus.recipe.json")))!;
        return recipe["steps"]!.AsArray().Where(s => s!["name"]!.GetValue<string>() == "content")
            .SelectMany(s => s!["Data"]!.AsArray()).OfType<JsonObject>();
    }
}
