using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Core.Search;

public static class SearchStatisticsServiceCollectionExtensions
{
    /// <summary>The background writer of the search statistics (the log itself comes with AddEfusCore, the table with the store).</summary>
    public static IServiceCollection AddEfusSearchStatistics(this IServiceCollection services)
    {
        services.AddHostedService<SearchLogFlushService>();
        return services;
    }
}
