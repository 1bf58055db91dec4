using Efus.Cms.Data;
using Efus.Cms.Data.PostgreSql;
using Efus.Cms.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Efus.Cms.Web.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>
    /// Options, the data folder, data-protection keys and the admin's uploads in it, and problem details for every error.
    /// Configuration is read when services are first resolved, not while registering them, so that
    /// every configuration source (including a test host's) is seen.
    /// </summary>
    public static IServiceCollection AddEfusHosting(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(CmsOptions.Section).Get<CmsOptions>() ?? new CmsOptions());
        services.AddSingleton(sp => DataFolder.Resolve(sp.GetRequiredService<CmsOptions>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddDataProtection();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(sp.GetRequiredService<DataFolder>().Combine("keys")), sp.GetRequiredService<ILoggerFactory>())));
        // Uploaded recipes wait in the data folder, on the node that checked them (as its keys and indexes do).
        services.AddOptions<Admin.AdminOptions>().Configure<DataFolder>((options, folder) => options.UploadsFolder = folder.Combine("uploads"));
        services.AddProblemDetails();
        return services;
    }

    /// <summary>The document store on SQLite (default: a file in the data folder) or PostgreSQL (<c>ConnectionStrings:Cms</c>), and Identity on it.</summary>
    public static IServiceCollection AddEfusDatabase(this IServiceCollection services)
    {
        services.AddEfusDataCore((sp, options) =>
        {
            var cms = sp.GetRequiredService<CmsOptions>();
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("Cms");
            switch (cms.Database.Provider.ToLowerInvariant())
            {
                case "sqlite":
                    options.UseEfusSqlite(string.IsNullOrEmpty(connectionString)
                        ? $"Data Source={sp.GetRequiredService<DataFolder>().Combine("efus.db")}"
                        : connectionString);
                    break;
                case "postgresql":
                    options.UseEfusPostgreSql(string.IsNullOrEmpty(connectionString)
                        ? throw new InvalidOperationException("Cms:Database:Provider is PostgreSql but ConnectionStrings:Cms is empty.")
                        : connectionString);
                    break;
                default:
                    throw new InvalidOperationException($"Cms:Database:Provider '{cms.Database.Provider}' is unknown: use Sqlite or PostgreSql.");
            }
        });

        services.AddIdentityCore<IdentityUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CmsDbContext>();
        return services;
    }
}
