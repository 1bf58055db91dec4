using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Data.Tests.Infrastructure;

/// <summary>Base of the contract tests: each concrete subclass runs them on one provider.</summary>
public abstract class StoreContractTests(IStoreDatabase database) : IAsyncLifetime
{
    private IServiceProvider? _services;

    protected IServiceProvider Services => _services ?? throw new InvalidOperationException("The database is not open.");

    public async Task InitializeAsync() => _services = await database.OpenAsync();

    public Task DisposeAsync() => database.CloseAsync();

    protected AsyncServiceScope NewScope() => Services.CreateAsyncScope();

    protected ConcurrentEditInterceptor ConcurrentEdits => Services.GetRequiredService<ConcurrentEditInterceptor>();

    protected async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = NewScope();
        return await action(scope.ServiceProvider);
    }

    protected Task<T> WithContentAsync<T>(Func<IContentStore, Task<T>> action) =>
        InScopeAsync(sp => action(sp.GetRequiredService<IContentStore>()));

    protected async Task SaveAsync(params ContentItem[] versions)
    {
        await using var scope = NewScope();
        await scope.ServiceProvider.GetRequiredService<IContentStore>().CommitAsync(TestContent.Saving(versions));
    }
}
