using Efus.Cms.Core.Storage;
using Efus.Cms.Search.Lucene.Analysis;
using Efus.Cms.Search.Lucene.Api;
using Efus.Cms.Search.Lucene.Documents;
using Efus.Cms.Search.Lucene.Indexing;
using Efus.Cms.Search.Lucene.People;
using Efus.Cms.Search.Lucene.QueryDsl;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Efus.Cms.Search.Lucene;

public static class LuceneSearchServiceCollectionExtensions
{
    /// <summary>
    /// Lucene search: the per-node indexes under <paramref name="dataPath"/> (read when first needed), the
    /// indexer that follows the task log (after each commit, on a timer, at start-up), the query API and
    /// the search for people.
    /// </summary>
    public static IServiceCollection AddEfusLuceneSearch(this IServiceCollection services, Func<IServiceProvider, string> dataPath, Action<LuceneSearchOptions>? configure = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = new LuceneSearchOptions { DataPath = dataPath(sp) };
            configure?.Invoke(options);
            return options;
        });
        services.TryAddSingleton<AnalyzerRegistry>();
        services.TryAddSingleton(new SearchFacetOptions());
        services.AddSingleton(sp => new ContentDocumentBuilder(sp.GetRequiredService<SearchFacetOptions>()));
        services.AddSingleton<ContentIndexWriter>();
        services.AddSingleton<LuceneIndexManager>();
        services.AddSingleton<IndexGenerations>();
        services.AddSingleton<LuceneIndexingService>();
        services.AddSingleton<Core.Maintenance.ISearchIndexMaintenance, LuceneIndexMaintenance>();
        services.AddScoped<AttachmentTextReader>();
        services.AddScoped<ICommitListener, LuceneCommitListener>();
        services.AddHostedService<LuceneIndexingBackgroundService>();

        services.TryAddSingleton(new LuceneQueryDslParser());
        services.AddScoped<QueryPermissions>();
        services.AddScoped<LuceneQueryService>();
        services.AddSingleton<FacetLabels>();
        services.AddScoped<SearchService>();
        return services;
    }

    /// <summary>Brings every index up to date with the task log (start-up: before the site reports ready).</summary>
    public static async Task CatchUpEfusLuceneSearchAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var indexing = services.GetRequiredService<LuceneIndexingService>();
        await indexing.CatchUpAsync(cancellationToken: cancellationToken);
        await indexing.WaitForRebuildsAsync();
        await indexing.CommitAsync(cancellationToken);
    }
}
