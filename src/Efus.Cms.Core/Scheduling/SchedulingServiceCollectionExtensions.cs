using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Efus.Cms.Core.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>The background service publishing scheduled items (the schedule itself comes with the store and AddEfusCore).</summary>
    public static IServiceCollection AddEfusScheduledPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new SchedulingOptions();
        configuration.GetSection("Cms:Scheduling").Bind(options);
        services.Replace(ServiceDescriptor.Singleton(options));
        services.AddHostedService<ScheduledPublishingService>();
        return services;
    }
}
