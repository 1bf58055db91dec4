using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.Search.Lucene.Documents;
using Efus.Cms.Search.Lucene.Indexing;
using Efus.Cms.Search.Lucene.QueryDsl;
using Lucene.Net.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Search.Lucene.Api;

/// <summary>
/// Orchard Core's Lucene query API: <c>GET|POST /api/lucene/content</c> (the published items of the hits,
/// in Orchard's JSON, in hit order) and <c>/api/lucene/documents</c> (the hits' stored fields), each
/// answering <c>{"items": [...], "count": total}</c>. Parameters: <c>indexName</c>, <c>query</c> (the
/// DSL as JSON) and <c>parameters</c> (a JSON object for <c>{{ name }}</c> in the query), from the
/// query string, a form or a JSON body.
/// </summary>
public static class LuceneQueryEndpoints
{
    public static IEndpointRouteBuilder MapLuceneQueryApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/lucene");
        group.MapMethods("/content", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)(context => HandleAsync(context, contentItems: true)));
        group.MapMethods("/documents", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)(context => HandleAsync(context, contentItems: false)));
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, bool contentItems)
    {
        var cancellationToken = context.RequestAborted;
        var (arguments, problem) = await QueryArguments.ReadAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return Problem(StatusCodes.Status400BadRequest, problem);
        }

        if (string.IsNullOrWhiteSpace(arguments.IndexName))
        {
            return Problem(StatusCodes.Status400BadRequest, "indexName is required.");
        }

        var services = context.RequestServices;
        var known = await LuceneIndexingService.ReadSettingsAsync(services, cancellationToken);
        if (known.All(s => s.Name != arguments.IndexName))
        {
            return Problem(StatusCodes.Status404NotFound, $"There is no search index named '{arguments.IndexName}'.");
        }

        if (!await services.GetRequiredService<QueryPermissions>().CanQueryAsync(context.User, arguments.IndexName, cancellationToken))
        {
            return context.User.Identity?.IsAuthenticated == true
                ? Problem(StatusCodes.Status403Forbidden, $"You may not query the search index '{arguments.IndexName}'.")
                : Problem(StatusCodes.Status401Unauthorized, $"Querying the search index '{arguments.IndexName}' needs the QueryLuceneApi permission.");
        }

        if (string.IsNullOrWhiteSpace(arguments.Query))
        {
            return Problem(StatusCodes.Status400BadRequest, "query is required: a query DSL object such as {\"query\":{\"match_all\":{}}}.");
        }

        LuceneQueryResult result;
        try
        {
            result = (await services.GetRequiredService<LuceneQueryService>().RunAsync(known, arguments.IndexName, arguments.Query, arguments.Parameters, cancellationToken))!;
        }
        catch (QueryDslException exception)
        {
            return Problem(StatusCodes.Status400BadRequest, exception.Message, "The query is invalid.");
        }

        var items = contentItems
            ? await ContentItemsAsync(services, result, cancellationToken)
            : new JsonArray([.. result.Documents.Select(d => (JsonNode)StoredFields(d))]);
        return Results.Text(new JsonObject { ["items"] = items, ["count"] = result.Count }.ToJsonString(ContentItemJson.WriteOptions),
            "application/json; charset=utf-8");
    }

    private static async Task<JsonArray> ContentItemsAsync(IServiceProvider services, LuceneQueryResult result, CancellationToken cancellationToken)
    {
        var ids = result.Documents.Select(d => d.Get(IndexingConstants.ContentItemId)).OfType<string>().ToList();
        var items = await services.GetRequiredService<IContentStore>().GetManyAsync(ids,
            result.Index.IndexLatest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken);
        var byId = items.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        return new JsonArray([.. ids.Where(byId.ContainsKey).Select(id => (JsonNode)ContentItemJson.ToJson(byId[id]))]);
    }

    /// <summary>Stored fields as one flat object; a field stored several times becomes an array. Our own Efus.* helpers are left out.</summary>
    public static JsonObject StoredFields(Document document)
    {
        var json = new JsonObject();
        foreach (var field in document.Fields)
        {
            if (field.Name.StartsWith(IndexingConstants.EfusPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            JsonNode? value = field.NumericType switch
            {
                NumericFieldType.INT32 => JsonValue.Create(field.GetInt32Value()),
                NumericFieldType.INT64 => JsonValue.Create(field.GetInt64Value()),
                NumericFieldType.SINGLE => JsonValue.Create(field.GetSingleValue()),
                NumericFieldType.DOUBLE => JsonValue.Create(field.GetDoubleValue()),
                _ => JsonValue.Create(field.GetStringValue()),
            };
            switch (json[field.Name])
            {
                case null when !json.ContainsKey(field.Name):
                    json[field.Name] = value;
                    break;
                case JsonArray array:
                    array.Add(value);
                    break;
                case var existing:
                    json[field.Name] = new JsonArray(existing?.DeepClone(), value);
                    break;
            }
        }

        return json;
    }

    private static IResult Problem(int status, string detail, string? title = null) =>
        Results.Problem(detail: detail, title: title, statusCode: status);
}
