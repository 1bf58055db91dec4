using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Efus.Cms.Admin.BrowserTests;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 on a free port (.NET 10's WebApplicationFactory.UseKestrel),
/// with its own data folder seeded by the setup recipe, deleted on dispose.
/// </summary>
public sealed class BrowserSite : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Admin-Password-1";


    private readonly TimeProvider? _clock;

    /// <param name="clock">Replaces the site's clock; the scheduled publisher then looks for due items every second.</param>
    public BrowserSite(TimeProvider? clock = null)
    {
        _clock = clock;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public string BaseUrl { get; }

    /// <summary>The site's own data folder (database, indexes, uploads), deleted on dispose.</summary>
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "efus-browser-tests", Guid.NewGuid().ToString("n"));

    /// <summary>The site's warnings, errors and requests, for the message of a failed browser step.</summary>
    public ServerLog Log { get; } = new();

    public string Url(string path) => BaseUrl + path;

    public async Task CreateUserAsync(string userName, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser(userName) { Email = $"{userName}@efus.test", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, AdminPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging
            .AddProvider(Log)
            .AddFilter<ServerLog>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information));
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:DataPath"] = DataPath,
            ["Cms:Setup:Recipe"] = "recipes/efus.recipe.json",
            ["Cms:Setup:AdminPassword"] = AdminPassword,
            ["Cms:Scheduling:PollInterval"] = _clock is null ? null : "00:00:01",
        }));
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }
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
}
