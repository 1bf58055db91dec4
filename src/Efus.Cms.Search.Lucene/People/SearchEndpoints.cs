using Efus.Cms.Core.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace Efus.Cms.Search.Lucene.People;

/// <summary><c>GET /api/search?q=&amp;type=&amp;theme=&amp;year=&amp;country=&amp;page=&amp;pageSize=</c>: the search for people as JSON (camelCase).</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapPeopleSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", SearchAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<SearchResult>, ProblemHttpResult>> SearchAsync(HttpRequest http, SearchService search, ISearchLog searchLog, CancellationToken cancellationToken)
    {
        var query = http.Query;
        if (!TryInt(query["page"], 1, out var page) || !TryInt(query["pageSize"], 10, out var pageSize))
        {
            return TypedResults.Problem(detail: "page and pageSize must be whole numbers", statusCode: StatusCodes.Status400BadRequest);
        }

        var request = new SearchRequest
        {
            Query = query["q"].ToString(),
            Types = Values(query["type"]),
            Themes = Values(query["theme"]),
            Years = Values(query["year"]),
            Countries = Values(query["country"]),
            Page = page,
            PageSize = pageSize,
        };
        if (request.Problem() is { } problem)
        {
            return TypedResults.Problem(detail: problem, title: "The search is invalid.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await search.SearchAsync(request, http.HttpContext.User, cancellationToken);
        if (page == 1)
        {
            // Counted once per search, not once per page of its results; a search by facets alone has no text and is not counted.
            searchLog.Record(request.Query, result.Total);
        }

        return TypedResults.Ok(result);
    }

    // type=A&type=B and type=A,B both mean A or B.
    private static IReadOnlyList<string> Values(StringValues values) =>
        [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).Take(50)];

    private static bool TryInt(StringValues value, int fallback, out int result)
    {
        if (StringValues.IsNullOrEmpty(value))
        {
            result = fallback;
            return true;
        }

        return int.TryParse(value.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out result);
    }
}
