using Efus.Cms.Core;
using Efus.Cms.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Recipes.Tests.Infrastructure;

/// <summary>
/// One empty site per test: Core, the store and the recipe services. Every operation runs in a new DI
/// scope, as a request or a command would.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public TestSite(Action<RecipeOptions>? configure = null)
    {
        var store = new InMemoryStore();
        var services = new ServiceCollection()
            .AddLogging()
            .AddEfusCore()
            .AddEfusRecipes(configure);
        services.AddSingleton(store);
        services.AddSingleton<IContentStore>(store);
        services.AddSingleton<IDocumentStore>(store);
        services.AddSingleton<IMediaStore>(store);
        services.AddScoped<IUnitOfWork, InMemoryStore.UnitOfWork>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
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

    public Task<string> ExportAsync() =>
        InScopeAsync(s => s.GetRequiredService<Export.SiteExporter>().ExportToStringAsync());

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
