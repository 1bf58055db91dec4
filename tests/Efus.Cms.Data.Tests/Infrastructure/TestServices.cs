using Efus.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Infrastructure;

public static class TestServices
{
    /// <summary>A container as the host builds it, plus a recording commit listener and the concurrent-edit interceptor.</summary>
    public static ServiceProvider Build(Action<IServiceCollection> addDatabase)
    {
        var services = new ServiceCollection();
        addDatabase(services);
        services.AddSingleton<ConcurrentEditInterceptor>();
        services.ConfigureDbContext<CmsDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<ConcurrentEditInterceptor>()));
        services.AddScoped<RecordingCommitListener>();
        services.AddScoped<ICommitListener>(sp => sp.GetRequiredService<RecordingCommitListener>());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
