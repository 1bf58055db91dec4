using System.Security.Claims;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Sqlite;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Sqlite;

/// <summary>
/// The Roles document cached per node (<see cref="RolesCache"/>): two nodes on one database file, each with its own
/// cache. A save on a node is seen by its next request; a save on the other node once the revision check is due.
/// </summary>
public sealed class RolesCacheTests : IAsyncLifetime
{
    private static readonly ClaimsPrincipal _anonymous = new(new ClaimsIdentity());

    private readonly SqliteTestDatabase _database = new();
    private readonly MovableClock _clock = new();
    private ServiceProvider _nodeA = null!;
    private ServiceProvider _nodeB = null!;

    public async Task InitializeAsync()
    {
        await _database.OpenAsync();
        _nodeA = Node();
        _nodeB = Node();
    }

    public async Task DisposeAsync()
    {
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
        await _database.CloseAsync();
    }

    [Fact]
    public async Task RoleChange_OnThisNode_IsSeenAtOnce_OnAnotherNode_WhenTheRevisionCheckIsDue()
    {
        await SaveRolesAsync(_nodeA, "ViewContent");
        Assert.True(await CanAsync(_nodeA, "ViewContent"));
        Assert.True(await CanAsync(_nodeB, "ViewContent"));

        await SaveRolesAsync(_nodeA, "ViewContent", "ExecuteGraphQL");
        Assert.True(await CanAsync(_nodeA, "ExecuteGraphQL"));
        Assert.False(await CanAsync(_nodeB, "ExecuteGraphQL"));

        _clock.Advance(RolesCache.RevisionCheckInterval);
        Assert.True(await CanAsync(_nodeB, "ExecuteGraphQL"));
    }

    private static async Task SaveRolesAsync(IServiceProvider node, params string[] anonymousPermissions)
    {
        await using var scope = node.CreateAsyncScope();
        var claims = string.Join(",", anonymousPermissions.Select(p => $$"""{"ClaimType":"Permission","ClaimValue":"{{p}}"}"""));
        await scope.ServiceProvider.GetRequiredService<IDocumentStore>().SaveAsync(DocumentNames.Roles,
            TestContent.Json($$"""{"Roles":[{"RoleName":"Anonymous","RoleClaims":[{{claims}}]}]}"""));
    }

    private static async Task<bool> CanAsync(IServiceProvider node, string permission)
    {
        await using var scope = node.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PermissionService>().HasPermissionAsync(_anonymous, permission);
    }

    private ServiceProvider Node() => TestServices.Build(services =>
    {
        services.AddEfusSqlite(_database.ConnectionString);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<RolesCache>();
        services.AddScoped<PermissionService>();
    });

    private sealed class MovableClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
