using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.BrowserTests;

/// <summary>
/// The real host on a real socket (Kestrel on 127.0.0.1, a free port), with its own data folder set
/// up by the setup recipe plus one practice sheet, deleted on dispose.
/// </summary>
public sealed class KestrelSite : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "efus-browser-tests", Guid.NewGuid().ToString("n"));

    public KestrelSite()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:DataPath"] = _dataPath,
            ["Cms:Setup:Recipe"] = "recipes/efus.recipe.json",
            ["Cms:Setup:AdminPassword"] = "Test-Admin-Password-1",
        }));
    }

    /// <summary>A practice sheet with its five sections (the seed has none).</summary>
    public async Task SeedPracticeSheetAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync("PracticeSheet");
        item.DisplayText = "Médiateurs numériques dans les quartiers de Lyon";
        item.Parts["TitlePart"] = new JsonObject { ["Title"] = item.DisplayText };
        item.Parts["AutoroutePart"] = new JsonObject { ["Path"] = "fiches-de-pratique/mediateurs-numeriques-lyon" };
        item.Parts["LocalizationPart"] = new JsonObject { ["LocalizationSet"] = "browser-test-sheet", ["Culture"] = "fr-FR" };
        item.Parts["PracticeSheet"] = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = "Des médiateurs accompagnent les habitants dans l’usage des outils numériques de la ville." },
            ["City"] = new JsonObject { ["Text"] = "Lyon" },
            ["Country"] = new JsonObject { ["Text"] = "France" },
            ["Year"] = new JsonObject { ["Value"] = 2022m },
            ["Context"] = new JsonObject { ["Html"] = "<p>La ville déploie des services numériques et veut qu’ils profitent à tous.</p>" },
            ["Objectives"] = new JsonObject { ["Html"] = "<ul><li>Réduire la fracture numérique.</li><li>Associer les habitants.</li></ul>" },
            ["Activities"] = new JsonObject { ["Html"] = "<p>Permanences hebdomadaires, ateliers et formations.</p>" },
            ["Budget"] = new JsonObject { ["Html"] = "<p>120 000 € par an.</p>" },
            ["Evaluation"] = new JsonObject { ["Html"] = "<p>Évaluation annuelle avec les associations de quartier.</p>" },
            ["Contact"] = new JsonObject { ["Text"] = "contact@efus.eu" },
            ["Themes"] = new JsonObject
            {
                ["TaxonomyContentItemId"] = "4efus0tax00000000000000001",
                ["TermContentItemIds"] = new JsonArray("4efus0term0000000000000011", "4efus0term0000000000000001"),
            },
            ["RelatedProjects"] = new JsonObject { ["ContentItemIds"] = new JsonArray("4efus0proj0000000000000002") },
        };
        await manager.CreateAsync(item, publish: true);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}
