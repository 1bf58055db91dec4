using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Search.Lucene.IntegrationTests;

/// <summary>
/// A site with its own data folder (database, Lucene indexes, keys), set up by a recipe on first start
/// and deleted on dispose. Options: another recipe, a PostgreSQL database, a shared data path.
/// </summary>
public sealed class SearchSite : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _keepData;

    public SearchSite(string recipe = "recipes/efus.recipe.json", string? dataPath = null, bool keepData = false, string? postgreSql = null)
    {
        _keepData = keepData;
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "efus-search-tests", Guid.NewGuid().ToString("n"));
        _settings = new()
        {
            ["Cms:DataPath"] = DataPath,
            ["Cms:Setup:Recipe"] = recipe,
            ["Cms:Setup:AdminPassword"] = "Test-Admin-Password-1",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (postgreSql is not null)
        {
            _settings["Cms:Database:Provider"] = "PostgreSql";
            _settings["ConnectionStrings:Cms"] = postgreSql;
        }
    }

    public string DataPath { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string OrchardFixture(string name) =>
        Path.Combine(RepositoryRoot, "tests", "Efus.Cms.Recipes.Tests", "Fixtures", "OrchardRecipes", name);

    public async Task<JsonObject> SearchAsync(string queryString)
    {
        var response = await CreateClient().GetAsync(new Uri("/api/search?" + queryString, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static IReadOnlyList<string> HitIds(JsonObject result) =>
        [.. result["hits"]!.AsArray().Select(h => h!["contentItemId"]!.GetValue<string>())];

    public async Task<HttpResponseMessage> LuceneAsync(string endpoint, string indexName, string query) =>
        await CreateClient().GetAsync(new Uri($"/api/lucene/{endpoint}?indexName={Uri.EscapeDataString(indexName)}&query={Uri.EscapeDataString(query)}", UriKind.Relative));

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>Grants the Anonymous role a permission in the Roles document, as the Roles recipe step writes it.</summary>
    public Task GrantAnonymousAsync(string permission) => WithScopeAsync(async services =>
    {
        var documents = services.GetRequiredService<IDocumentStore>();
        var roles = await documents.GetAsync(DocumentNames.Roles) ?? new JsonObject { ["Roles"] = new JsonArray() };
        var all = roles["Roles"]!.AsArray();
        var anonymous = all.OfType<JsonObject>().FirstOrDefault(r => (string?)r["RoleName"] == "Anonymous");
        if (anonymous is null)
        {
            anonymous = new JsonObject { ["RoleName"] = "Anonymous", ["NormalizedRoleName"] = "ANONYMOUS", ["RoleClaims"] = new JsonArray() };
            all.Add(anonymous);
        }

        anonymous["RoleClaims"]!.AsArray().Add(new JsonObject { ["ClaimType"] = "Permission", ["ClaimValue"] = permission });
        await documents.SaveAsync(DocumentNames.Roles, roles);
    });

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_keepData)
        {
            DeleteDataFolder();
        }
    }

    // The host's last writes (index commit at shutdown) may still be landing when the first delete runs.
    private void DeleteDataFolder()
    {
        for (var attempt = 0; Directory.Exists(DataPath); attempt++)
        {
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException) when (attempt < 20)
            {

                Thread.Sleep(100);
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Efus.Cms.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Efus.Cms.sln not found above the test assembly.");
    }
}
