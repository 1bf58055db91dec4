using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data;

public static class DatabaseMigrationExtensions
{
    /// <summary>
    /// Applies the provider's pending migrations (creating the database when the provider can).
    /// EF takes a migration lock, so several nodes or the site and the CLI may start together.
    /// </summary>
    public static async Task MigrateEfusDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
