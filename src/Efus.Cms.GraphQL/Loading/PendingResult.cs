using GraphQL.DataLoader;

namespace Efus.Cms.GraphQL.Loading;

/// <summary>A value GraphQL.NET completes after the current level has queued its keys.</summary>
internal sealed class PendingResult<T>(Func<CancellationToken, Task<T>> get) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await get(cancellationToken);

    /// <summary>Maps the value once it is loaded, keeping it pending until then.</summary>
    public PendingResult<TOut> Then<TOut>(Func<T, TOut> map) =>
        new(async cancellationToken => map(await get(cancellationToken)));

    /// <summary>As <see cref="Then{TOut}"/>, with an asynchronous map (a permission check).</summary>
    public PendingResult<TOut> ThenAsync<TOut>(Func<T, CancellationToken, Task<TOut>> map) =>
        new(async cancellationToken => await map(await get(cancellationToken), cancellationToken));
}
