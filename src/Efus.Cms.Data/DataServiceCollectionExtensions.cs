using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Security.Tokens;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Efus.Cms.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The scoped <see cref="CmsDbContext"/>, the stores and the unit of work, on the database that
    /// <paramref name="configureDatabase"/> selects. Hosts call a provider's <c>AddEfusSqlite</c> or
    /// <c>AddEfusPostgreSql</c>, which call this.
    /// </summary>
    public static IServiceCollection AddEfusDataCore(this IServiceCollection services, Action<DbContextOptionsBuilder> configureDatabase) =>
        services.AddEfusDataCore((_, options) => configureDatabase(options));

    /// <summary>As above, choosing the database when the context is first created (from configuration read late, e.g. in tests).</summary>
    public static IServiceCollection AddEfusDataCore(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configureDatabase)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DocumentChangeSignals>();
        // The options are built once (they only read singletons), not for every scope: building them was
        // about 5% of an uncached page's CPU.
        services.AddDbContext<CmsDbContext>(configureDatabase, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddScoped<EfUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<EfUnitOfWork>());
        services.AddScoped<IContentStore, EfContentStore>();
        services.AddScoped<IDocumentStore, EfDocumentStore>();
        services.AddScoped<IMediaStore, EfMediaStore>();
        services.AddScoped<IAuditTrail, EfAuditTrail>();
        services.AddScoped<Core.Scheduling.IPublicationSchedule, EfPublicationSchedule>();
        services.AddScoped<Core.Jobs.IBackgroundJobStore, EfBackgroundJobStore>();
        services.AddScoped<Core.Search.ISearchStatistics, EfSearchStatistics>();
        services.AddScoped<IApiTokenStore, EfApiTokenStore>();
        return services;
    }
}
