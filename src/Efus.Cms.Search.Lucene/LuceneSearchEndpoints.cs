using Efus.Cms.Search.Lucene.Api;
using Efus.Cms.Search.Lucene.People;
using Microsoft.AspNetCore.Routing;

namespace Efus.Cms.Search.Lucene;

public static class LuceneSearchEndpoints
{
    /// <summary>Orchard's query API (<c>/api/lucene/content</c>, <c>/api/lucene/documents</c>) and the search for people (<c>/api/search</c>).</summary>
    public static IEndpointRouteBuilder MapEfusLuceneSearch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapLuceneQueryApi().MapPeopleSearchApi();
}
