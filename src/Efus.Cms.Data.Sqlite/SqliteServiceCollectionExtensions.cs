using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// The CMS database in a SQLite file (e.g. <c>Data Source=App_Data/cms.db</c>), in WAL mode with a
    /// busy timeout so that the site and the command line can share it. Migrations come from this assembly.
    /// </summary>
    public static IServiceCollection AddEfusSqlite(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddEfusDataCore(options => options.UseEfusSqlite(connectionString));
    }

    public static DbContextOptionsBuilder UseEfusSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteServiceCollectionExtensions).Assembly.GetName().Name))
            .AddInterceptors(SqlitePragmaInterceptor.Instance);
}
