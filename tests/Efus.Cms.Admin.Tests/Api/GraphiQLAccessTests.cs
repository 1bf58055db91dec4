using System.Net;
using Efus.Cms.Admin.Tests.Infrastructure;
using Efus.Cms.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Tests.Api;

/// <summary>GraphiQL is open to a signed-in user who has ExecuteGraphQL in the Roles document, as the endpoint decides.</summary>
public sealed class GraphiQLAccessTests : IDisposable
{
    private readonly AdminSite _site = new();

    [Fact]
    public async Task GraphiQL_FollowsExecuteGraphQL_FromTheRolesDocument()
    {
        await _site.CreateUserAsync("auteur", "Author");
        using var author = await _site.LoginAsync("auteur");
        // The setup recipe grants ExecuteGraphQL to everyone (Anonymous): an author may explore what the API shows them.
        Assert.NotNull((await author.GetPageAsync("/admin")).Document.QuerySelector("a[href='/admin/graphiql']"));
        await author.GetPageAsync("/admin/graphiql");

        await RunRecipeAsync("""
            { "steps": [ { "name": "Roles", "Roles": [
              { "Name": "Anonymous", "Permissions": ["ViewContent"] }, { "Name": "Authenticated", "Permissions": ["ViewContent"] },
              { "Name": "Author", "Permissions": ["EditOwnContent", "ViewContent", "ListContent"] } ] } ] }
            """);

        var denied = await author.Http.GetAsync(new Uri("/admin/graphiql", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/admin/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null((await author.GetPageAsync("/admin")).Document.QuerySelector("a[href='/admin/graphiql']"));
        await _site.CreateUserAsync("edith", "Editor");
        using var editor = await _site.LoginAsync("edith");
        await editor.GetPageAsync("/admin/graphiql");
    }

    [Fact]
    public async Task GraphiQL_AnonymousVisitor_IsSentToTheLoginPage_EvenWithExecuteGraphQL()
    {
        var response = await _site.NewClient().Http.GetAsync(new Uri("/admin/graphiql", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task RunRecipeAsync(string json)
    {
        _ = _site.Server;
        await using var scope = _site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(scope.ServiceProvider.GetRequiredService<RecipeReader>().Parse(json, "graphiql.recipe.json"));
    }

    public void Dispose() => _site.Dispose();
}
