namespace Efus.Cms.Core.Search;

/// <summary>Fills the port when no store is registered (AddEfusDataCore replaces it).</summary>
public sealed class NullSearchStatistics : ISearchStatistics
{
    public Task AddAsync(IReadOnlyCollection<SearchLogEntry> entries, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<SearchDay>> PerDayAsync(DateOnly from, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SearchDay>>([]);

    public Task<IReadOnlyList<UnansweredQuery>> UnansweredAsync(DateOnly from, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UnansweredQuery>>([]);
}
