using System.Security.Claims;
using System.Text.Json.Nodes;
using Efus.Cms.Core;
using Efus.Cms.Data;
using Efus.Cms.Data.PostgreSql;
using Efus.Cms.Data.Sqlite;
using Efus.Cms.GraphQL.Execution;
using Efus.Cms.Recipes;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.GraphQL.Tests.Infrastructure;

/// <summary>
/// One site per test on a database of its own (a SQLite file, or a PostgreSQL database on the test
/// server; the real store, migrated), with Core, the recipes and GraphQL; every operation runs in a
/// new DI scope, as a request does. Deleted afterwards.
/// </summary>
public sealed class GraphQLTestSite : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"efus-graphql-test-{Guid.NewGuid():N}.db");
    private readonly PostgreSqlTestDatabase? _postgres;

    private GraphQLTestSite(Dictionary<string, string?>? settings, PostgreSqlTestDatabase? postgres)
    {
        _postgres = postgres;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddEfusCore();
        _ = postgres is null ? services.AddEfusSqlite(ConnectionString) : services.AddEfusPostgreSql(postgres.ConnectionString);
        services
            .AddEfusRecipes()
            .AddEfusGraphQL(configuration);
        services.AddSingleton(Queries);
        services.ConfigureDbContext<CmsDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<QueryCounter>()));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public QueryCounter Queries { get; } = new();

    public IServiceProvider Services => _services;

    /// <summary>The SQLite file's connection string (what another node or process on the same database would open).</summary>
    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _file }.ToString();

    /// <summary>An empty site where, as after Efus's setup, anonymous callers may run queries on published content.</summary>
    public static async Task<GraphQLTestSite> CreateAsync(Dictionary<string, string?>? settings = null)
    {
        var site = await CreateWithoutRolesAsync(settings);
        await site.RunRecipeJsonAsync("""
            {"steps": [{"name": "Roles", "Roles": [{"Name": "Anonymous", "Permissions": ["ViewContent", "ExecuteGraphQL"]}]}]}
            """);
        return site;
    }

    /// <summary>An empty site without a Roles document: nobody but an Administrator has any permission.</summary>
    public static async Task<GraphQLTestSite> CreateWithoutRolesAsync(Dictionary<string, string?>? settings = null, bool postgreSql = false)
    {
        var site = new GraphQLTestSite(settings, postgreSql ? await PostgreSqlTestDatabase.CreateAsync() : null);
        await site._services.MigrateEfusDatabaseAsync();
        return site;
    }

    /// <summary>A site set up with the repository's setup recipe (the source text's content).</summary>
    public static async Task<GraphQLTestSite> WithSetupRecipeAsync(Dictionary<string, string?>? settings = null, bool postgreSql = false)
    {
        var site = await CreateWithoutRolesAsync(settings, postgreSql);
        await site.RunRecipeFileAsync(RepoPaths.SetupRecipe);
        return site;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Runs a recipe file (the executor throws on the first failing step).</summary>
    public Task<RecipeResult> RunRecipeFileAsync(string path, RecipeExecutionOptions? options = null) => InScopeAsync(async s =>
        await s.GetRequiredService<RecipeExecutor>().ExecuteAsync(await s.GetRequiredService<RecipeReader>().ReadFileAsync(path), options ?? new RecipeExecutionOptions()));

    public Task<RecipeResult> RunRecipeJsonAsync(string json) => InScopeAsync(s => s.GetRequiredService<RecipeExecutor>()
        .ExecuteAsync(s.GetRequiredService<RecipeReader>().Parse(json, "test.recipe.json")));

    /// <summary>Executes a query as the endpoint does and returns the status and the serialized response.</summary>
    public async Task<GraphQLResult> ExecuteAsync(string query, string? variablesJson = null, ClaimsPrincipal? user = null, bool countQueries = false)
    {
        await using var scope = _services.CreateAsyncScope();
        var serializer = scope.ServiceProvider.GetRequiredService<GraphQLJsonSerializer>().Serializer;
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variablesJson is null ? null : serializer.Deserialize<Inputs>(variablesJson),
        };
        Queries.Reset();
        Queries.Enabled = countQueries;
        var response = await scope.ServiceProvider.GetRequiredService<GraphQLRequestExecutor>()
            .ExecuteAsync(request, user ?? Anonymous, scope.ServiceProvider, allowMutations: true, CancellationToken.None);
        Queries.Enabled = false;
        var json = serializer.Serialize(response.Result);
        return new GraphQLResult(response.StatusCode, JsonNode.Parse(json)!.AsObject(), json, Queries.Commands);
    }

    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    public static ClaimsPrincipal Administrator { get; } = User("administrator", "Administrator");

    /// <summary>A signed-in user (Identity's claims: id, name, roles).</summary>
    public static ClaimsPrincipal User(string id, params string[] roles) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, id), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Test"));

    public static ClaimsPrincipal Editor { get; } = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "editor"), new Claim(ClaimTypes.Role, "Editor")], "Test"));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
            return;
        }

        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}
