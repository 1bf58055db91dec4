using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Events;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Efus.Cms.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The content manager and what it needs; a store (AddEfusSqlite/AddEfusPostgreSql) must be added too.</summary>
    public static IServiceCollection AddEfusCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ContentHtmlSanitizer>();
        services.TryAddScoped<BackgroundActor>();
        services.TryAddScoped<ICurrentUser, SystemUser>();
        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddScoped<ContentItemPreparer>();
        services.AddScoped<ContentItemValidator>();
        services.AddScoped<IContentManager, ContentManager>();
        services.TryAddSingleton<Storage.DocumentChangeSignals>();
        services.TryAddSingleton(typeof(Storage.DocumentCache<>));
        services.AddScoped<Security.PermissionService>();
        services.AddScoped<Security.ContentAuthorizer>();
        services.AddScoped<Security.MediaPermissions>();
        services.AddOptions<Media.MediaOptions>();
        services.AddScoped<Media.MediaLibrary>();
        services.AddScoped<Security.Tokens.ApiTokenService>();
        // The store registers the real trail (AddEfusDataCore); this stand-in only fills the gap.
        services.TryAddScoped<IAuditTrail, NullAuditTrail>();
        services.AddScoped<IContentEventHandler, AuditTrailContentEventHandler>();
        services.TryAddScoped<Scheduling.IPublicationSchedule, Scheduling.NullPublicationSchedule>();
        services.TryAddScoped<Jobs.IBackgroundJobStore, Jobs.NullBackgroundJobStore>();
        services.AddScoped<IContentEventHandler, Scheduling.PublicationScheduleContentEventHandler>();
        services.TryAddSingleton<Scheduling.SchedulingOptions>();
        services.AddScoped<Scheduling.ScheduledPublisher>();
        services.TryAddSingleton<Search.BufferedSearchLog>();
        services.TryAddSingleton<Search.ISearchLog>(sp => sp.GetRequiredService<Search.BufferedSearchLog>());
        services.TryAddScoped<Search.ISearchStatistics, Search.NullSearchStatistics>();
        return services;
    }
}
