using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.PostgreSql;

public static class PostgreSqlServiceCollectionExtensions
{
    /// <summary>
    /// The CMS database on PostgreSQL (e.g. <c>Host=127.0.0.1;Username=efus;Password=…;Database=efus</c>),
    /// which several web nodes can share. Migrations come from this assembly.
    /// </summary>
    public static IServiceCollection AddEfusPostgreSql(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddEfusDataCore(options => options.UseEfusPostgreSql(connectionString));
    }

    // No retrying execution strategy: it refuses the user-initiated transactions of IUnitOfWork.
    public static DbContextOptionsBuilder UseEfusPostgreSql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgreSqlServiceCollectionExtensions).Assembly.GetName().Name));
}
