using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Tests.Infrastructure;

/// <summary>
/// One site per test, seeded by the setup recipe in its own data folder (deleted on dispose), with
/// helpers to create editors and sign them in through the real login form.
/// </summary>
public sealed class AdminSite : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Admin-Password-1";

    public const string PracticeSheetIntroId = "4efus0page0000000000000002";

    private readonly TimeProvider? _clock;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="clock">Replaces the site's clock (a <see cref="MovableClock"/> for scheduled publication).</param>
    /// <param name="settings">More configuration (another database, for several nodes).</param>
    public AdminSite(TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _clock = clock;
        _settings = settings ?? new Dictionary<string, string?>();
        DataPath = Path.Combine(Path.GetTempPath(), "efus-admin-tests", Guid.NewGuid().ToString("n"));
    }

    public string DataPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:DataPath"] = DataPath,
            ["Cms:Setup:Recipe"] = "recipes/efus.recipe.json",
            ["Cms:Setup:AdminPassword"] = AdminPassword,
        }).AddInMemoryCollection(_settings));
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }
    }

    /// <summary>Runs something with a service of a new scope, as the system.</summary>
    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests assert them).</summary>
    public AdminClient NewClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<AdminClient> LoginAsync(string userName = "admin", string password = AdminPassword)
    {
        var client = NewClient();
        var response = await client.LoginAsync(userName, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Creates an account in an editorial role and returns its id.</summary>
    public async Task<string> CreateUserAsync(string userName, string role, string password = AdminPassword)
    {
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser(userName) { Email = $"{userName}@efus.test", EmailConfirmed = true };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return user.Id;
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Latest)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(contentItemId, options);
    }

    /// <summary>Runs something with the content manager, as the system (setup, fixtures).</summary>
    public async Task<T> WithContentAsync<T>(Func<IContentManager, Task<T>> action)
    {
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
