using Efus.Cms.Data;

namespace Efus.Cms.Web.Setup;

public static class SetupServiceCollectionExtensions
{
    public static IServiceCollection AddEfusSetup(this IServiceCollection services)
    {
        services.AddSingleton<SetupState>();
        services.AddScoped<SiteSetup>();
        return services;
    }

    /// <summary>Migrates the database and sets the site up; /health turns 200 afterwards.</summary>
    public static async Task RunEfusSetupAsync(this WebApplication app)
    {
        await app.Services.MigrateEfusDatabaseAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SiteSetup>().RunAsync(app.Lifetime.ApplicationStopping);
        }

        app.Services.GetRequiredService<SetupState>().MarkReady();
    }
}
