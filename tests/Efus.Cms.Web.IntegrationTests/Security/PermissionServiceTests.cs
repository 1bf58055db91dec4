using System.Security.Claims;
using Efus.Cms.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Web.IntegrationTests.Security;

public sealed class PermissionServiceTests
{
    [Fact]
    public async Task HasPermissionAsync_SetupRecipeRoles_GrantAnonymousReadsAndEditorsEdits()
    {
        using var site = new EfusSite();
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        var permissions = scope.ServiceProvider.GetRequiredService<PermissionService>();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        var editor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "marie"), new Claim(ClaimTypes.Role, "Editor")], "test"));
        var contributor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Contributor")], "test"));

        Assert.True(await permissions.HasPermissionAsync(anonymous, Permissions.ViewContent));
        Assert.True(await permissions.HasPermissionAsync(anonymous, Permissions.QueryLuceneIndex("Search")));
        Assert.False(await permissions.HasPermissionAsync(anonymous, Permissions.EditContent));
        Assert.True(await permissions.HasPermissionAsync(editor, Permissions.PublishContent));
        Assert.False(await permissions.HasPermissionAsync(contributor, Permissions.PublishContent));
    }
}
