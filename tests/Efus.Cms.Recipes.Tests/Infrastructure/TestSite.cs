using System.Text.Json.Nodes;
using Efus.Cms.Core;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data;
using Efus.Cms.Data.Sqlite;
using Efus.Cms.Recipes.Export;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Recipes.Tests.Infrastructure;

/// <summary>
/// One empty site per test: Core, the recipe services and a migrated SQLite file of its own, deleted
/// afterwards. Every operation runs in a new DI scope, as a request or a command would.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"efus-recipes-test-{Guid.NewGuid():N}.db");
    private readonly SemaphoreSlim _migration = new(1, 1);
    private bool _migrated;

    public TestSite(Action<RecipeOptions>? configure = null)
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddEfusSqlite(ConnectionString)
            .AddEfusCore()
            .AddEfusRecipes(configure)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _databasePath }.ToString();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await MigrateAsync();
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<Recipe> ReadAsync(string path) =>
        InScopeAsync(s => s.GetRequiredService<RecipeReader>().ReadFileAsync(path));

    public Task<RecipeResult> RunAsync(Recipe recipe, RecipeExecutionOptions? options = null) =>
        InScopeAsync(s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, options));

    public async Task<RecipeResult> RunFileAsync(string path, RecipeExecutionOptions? options = null) =>
        await RunAsync(await ReadAsync(path), options);

    public Task<RecipeResult> RunJsonAsync(string json, RecipeExecutionOptions? options = null, string fileName = "test.recipe.json") =>
        InScopeAsync(s => s.GetRequiredService<RecipeExecutor>().ExecuteAsync(s.GetRequiredService<RecipeReader>().Parse(json, fileName), options));

    public Task<JsonObject?> DocumentAsync(string name) =>
        InScopeAsync(s => s.GetRequiredService<IDocumentStore>().GetAsync(name));

    public Task<IReadOnlyList<ContentItem>> VersionsAsync(string contentItemId) =>
        InScopeAsync(s => s.GetRequiredService<IContentManager>().GetVersionsAsync(contentItemId));

    public Task<ContentDefinitions> DefinitionsAsync() =>
        InScopeAsync(s => s.GetRequiredService<IContentDefinitionManager>().GetAsync());

    public Task<string> ExportAsync() =>
        InScopeAsync(s => s.GetRequiredService<SiteExporter>().ExportToStringAsync());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _migration.Dispose();

        // Pooled connections keep the file open.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    private async Task MigrateAsync()
    {
        if (_migrated)
        {
            return;
        }

        await _migration.WaitAsync();
        try
        {
            if (!_migrated)
            {
                await _services.MigrateEfusDatabaseAsync();
                _migrated = true;
            }
        }
        finally
        {
            _migration.Release();
        }
    }
}
