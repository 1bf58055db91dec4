using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Efus.Cms.Web.IntegrationTests;

/// <summary>
/// One site per test: its own data folder (SQLite file, index, keys), set up by a recipe on first
/// start, deleted on dispose. Nothing is shared between tests. With <c>postgreSql</c>, the database is
/// that PostgreSQL one instead (several sites on one database are several web nodes).
/// </summary>
public sealed class EfusSite : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly bool _keepData;

    public EfusSite(string recipe = "recipes/efus.recipe.json", string? dataPath = null, bool keepData = false, string? postgreSql = null)
    {
        _keepData = keepData;
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "efus-tests", Guid.NewGuid().ToString("n"));
        _settings = new()
        {
            ["Cms:DataPath"] = DataPath,
            ["Cms:Setup:Recipe"] = recipe,
            ["Cms:Setup:AdminPassword"] = AdminPassword,
        };
        if (postgreSql is not null)
        {
            _settings["Cms:Database:Provider"] = "PostgreSql";
            _settings["ConnectionStrings:Cms"] = postgreSql;
        }
    }

    public const string AdminPassword = "Test-Admin-Password-1";

    public string DataPath { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_keepData && Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
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
