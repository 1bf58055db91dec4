using System.Security.Claims;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Sqlite;
using Efus.Cms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Sqlite;

/// <summary>
/// A document kept per node (<see cref="DocumentCache{T}"/>, here the Roles document through <see cref="PermissionService"/>):
/// two nodes on one database file, each with its own cache. A save on a node is seen by its next request; a save on the
/// other node once the revision check is due, and not before (the copy costs no SQL meanwhile).
/// </summary>
public sealed class DocumentCacheTests : IAsyncLifetime
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

        _clock.Advance(DocumentChangeSignals.RevisionCheckInterval - TimeSpan.FromMilliseconds(1));
        Assert.False(await CanAsync(_nodeB, "ExecuteGraphQL"));

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await CanAsync(_nodeB, "ExecuteGraphQL"));
    }

    [Fact]
    public async Task SaveInATransaction_IsSeenOnThisNodeOnceCommitted_NeverWhenRolledBack()
    {
        await SaveRolesAsync(_nodeA, "ViewContent");
        Assert.False(await CanAsync(_nodeA, "ExecuteGraphQL"));

        await using (var scope = _nodeA.CreateAsyncScope())
        {
            await using (await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync())
            {
                await WriteRolesAsync(scope.ServiceProvider, "ExecuteGraphQL");
            }
        }

        Assert.False(await CanAsync(_nodeA, "ExecuteGraphQL"));

        await using (var scope = _nodeA.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await using (await unitOfWork.BeginAsync())
            {
                await WriteRolesAsync(scope.ServiceProvider, "ExecuteGraphQL");

                // Another request meanwhile still sees the committed roles (a signal before the commit would make it keep them).
                Assert.False(await CanAsync(_nodeA, "ExecuteGraphQL"));
                await unitOfWork.CommitAsync();
            }
        }

        Assert.True(await CanAsync(_nodeA, "ExecuteGraphQL"));
    }

    private static async Task SaveRolesAsync(IServiceProvider node, params string[] anonymousPermissions)
    {
        await using var scope = node.CreateAsyncScope();
        await WriteRolesAsync(scope.ServiceProvider, anonymousPermissions);
    }

    private static Task WriteRolesAsync(IServiceProvider services, params string[] anonymousPermissions)
    {
        var claims = string.Join(",", anonymousPermissions.Select(p => $$"""{"ClaimType":"Permission","ClaimValue":"{{p}}"}"""));
        return services.GetRequiredService<IDocumentStore>().SaveAsync(DocumentNames.Roles,
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
        services.AddSingleton(typeof(DocumentCache<>));
        services.AddScoped<PermissionService>();
    });

    private sealed class MovableClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
