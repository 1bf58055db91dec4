namespace Efus.Cms.Core.Search;

/// <summary>Port: the stored search statistics (written in batches by <see cref="BufferedSearchLog"/>).</summary>
public interface ISearchStatistics
{
    Task AddAsync(IReadOnlyCollection<SearchLogEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>Searches per day from <paramref name="from"/> on (days without searches are absent).</summary>
    Task<IReadOnlyList<SearchDay>> PerDayAsync(DateOnly from, CancellationToken cancellationToken = default);

    /// <summary>The most searched queries that found nothing since <paramref name="from"/>.</summary>
    Task<IReadOnlyList<UnansweredQuery>> UnansweredAsync(DateOnly from, int max, CancellationToken cancellationToken = default);
}
