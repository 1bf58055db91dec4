using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Efus.Cms.Core;
using Efus.Cms.Data;
using Efus.Cms.Data.Sqlite;
using Efus.Cms.GraphQL;
using Efus.Cms.GraphQL.Execution;
using Efus.Cms.Recipes;
using GraphQL.Transport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Benchmarks;

/// <summary>
/// A GraphQL list query executed in process as the endpoint does (a new DI scope per request, the real
/// SQLite store set up by the setup recipe): the cooperation projects with six fields, their themes' and
/// their publications' names. Measures the executor, the store's reads and serialization.
/// </summary>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    // The seeded site has no practice sheets: its five cooperation projects, with six fields, their themes and their publications.
    private const string ListQuery =
        "{ cooperationProject(first: 20) { contentItemId displayText acronym coordinator startYear endYear themes { termContentItems { displayText } } publications { contentItems { displayText } } } }";

    private static readonly ClaimsPrincipal _anonymous = new(new ClaimsIdentity());
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"efus-benchmarks-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddEfusCore()
            .AddEfusSqlite(new SqliteConnectionStringBuilder { DataSource = _file }.ToString())
            .AddEfusRecipes()
            .AddEfusGraphQL(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        _services.MigrateEfusDatabaseAsync().GetAwaiter().GetResult();
        using var scope = _services.CreateScope();
        var recipe = scope.ServiceProvider.GetRequiredService<RecipeReader>()
            .ReadFileAsync(Path.Combine(AppContext.BaseDirectory, "efus.recipe.json")).GetAwaiter().GetResult();
        scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new RecipeExecutionOptions()).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<object?> ListCooperationProjects()
    {
        await using var scope = _services.CreateAsyncScope();
        var response = await scope.ServiceProvider.GetRequiredService<GraphQLRequestExecutor>()
            .ExecuteAsync(new GraphQLRequest { Query = ListQuery }, _anonymous, scope.ServiceProvider, allowMutations: false, CancellationToken.None);
        if (response.Result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("The list query failed: " + errors[0].Message);
        }

        var json = scope.ServiceProvider.GetRequiredService<GraphQLJsonSerializer>().Serializer.Serialize(response.Result);
        return json.Contains("\"acronym\"", StringComparison.Ordinal) ? json : throw new InvalidOperationException("The list query returned no project: " + json);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
