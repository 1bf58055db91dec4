using Efus.Cms.Data.PostgreSql;
using Efus.Cms.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Efus.Cms.Web.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>Options, the data folder, data protection keys in it, and problem details for every error.</summary>
    public static WebApplicationBuilder AddEfusHosting(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CmsOptions.Section).Get<CmsOptions>() ?? new CmsOptions();
        var dataFolder = DataFolder.Resolve(options, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(dataFolder);
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(dataFolder.Combine("keys")));
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>The document store on SQLite (default, a file in the data folder) or PostgreSQL (<c>ConnectionStrings:Cms</c>).</summary>
    public static WebApplicationBuilder AddEfusDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CmsOptions.Section).Get<CmsOptions>() ?? new CmsOptions();
        var connectionString = builder.Configuration.GetConnectionString("Cms");
        switch (options.Database.Provider.ToLowerInvariant())
        {
            case "sqlite":
                var dataFolder = DataFolder.Resolve(options, builder.Environment.ContentRootPath);
                builder.Services.AddEfusSqlite(string.IsNullOrEmpty(connectionString)
                    ? $"Data Source={dataFolder.Combine("efus.db")}"
                    : connectionString);
                break;
            case "postgresql":
                builder.Services.AddEfusPostgreSql(string.IsNullOrEmpty(connectionString)
                    ? throw new InvalidOperationException("Cms:Database:Provider is PostgreSql but ConnectionStrings:Cms is empty.")
                    : connectionString);
                break;
            default:
                throw new InvalidOperationException($"Cms:Database:Provider '{options.Database.Provider}' is unknown: use Sqlite or PostgreSql.");
        }

        builder.Services.AddIdentityCore<IdentityUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<Efus.Cms.Data.CmsDbContext>();
        return builder;
    }
}
