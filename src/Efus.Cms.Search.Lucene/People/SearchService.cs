using System.Security.Claims;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.Search.Lucene.Indexing;

namespace Efus.Cms.Search.Lucene.People;

/// <summary>
/// The search for people of the public site (and GraphQL): runs <see cref="PeopleSearcher"/> on the
/// site's search index (<see cref="SiteSearchIndex"/>; it and the index definitions are kept per node, so a
/// search reads neither from the database),
/// leaving out the indexed types whose items the caller may not all view (the per-type rule of
/// <see cref="ContentAuthorizer.ViewScopeAsync"/>; a type the caller may view only their own items of
/// is left out whole, since the index does not hold owners).
/// </summary>
public sealed class SearchService(
    LuceneIndexManager indexes,
    IDocumentStore documents,
    DocumentCache<SiteSearchIndex> siteIndex,
    DocumentCache<LuceneIndexDefinitions> definitionsOfIndexes,
    IContentDefinitionManager definitions,
    IContentStore store,
    FacetLabels labels,
    ContentAuthorizer authorizer)
{
    /// <exception cref="ArgumentException">The request is invalid (<see cref="SearchRequest.Problem"/>).</exception>
    public async Task<SearchResult> SearchAsync(SearchRequest request, ClaimsPrincipal caller, CancellationToken cancellationToken = default) =>
        (await SearchPagesAsync(request, [request.Page], caller, cancellationToken))[0];

    /// <summary>
    /// Several pages of one search (a window that straddles two pages): the index, the caller's hidden
    /// types and the facet labels are worked out once for all of them, and one pass over the matches answers them all.
    /// </summary>
    /// <exception cref="ArgumentException">The request or a page is invalid (<see cref="SearchRequest.Problem"/>).</exception>
    public async Task<IReadOnlyList<SearchResult>> SearchPagesAsync(SearchRequest request, IReadOnlyList<int> pages, ClaimsPrincipal caller, CancellationToken cancellationToken = default)
    {
        if (pages.Count == 0)
        {
            throw new ArgumentException("At least one page is needed.", nameof(pages));
        }

        if (pages.Select(page => (request with { Page = page }).Problem()).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }

        var indexName = (await siteIndex.GetAsync(documents, cancellationToken)).Name;
        var settings = (await definitionsOfIndexes.GetAsync(documents, cancellationToken)).All.FirstOrDefault(s => s.Name == indexName);
        if (settings is null)
        {
            return [.. pages.Select(_ => SearchResult.Empty)];
        }

        List<string> hidden = [];
        foreach (var type in settings.IndexedContentTypes)
        {
            if (await authorizer.ViewScopeAsync(caller, type, cancellationToken) != ContentViewScope.All)
            {
                hidden.Add(type);
            }
        }

        var names = await labels.GetAsync(definitions, store, cancellationToken);
        using var lease = indexes.Acquire(settings);
        return lease is null
            ? [.. pages.Select(_ => SearchResult.Empty)]
            : PeopleSearcher.SearchPages(lease.Searcher, lease.Analyzer, request with { HiddenTypes = hidden }, pages, names);
    }
}
