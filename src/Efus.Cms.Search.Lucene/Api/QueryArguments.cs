using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Search.Lucene.Api;

/// <summary>The query API's arguments, from the query string (GET), a form or a JSON body (POST).</summary>
public sealed record QueryArguments(string? IndexName, string? Query, JsonObject? Parameters)
{
    private const int MaxBodyLength = 256 * 1024;

    /// <returns>The arguments, or a problem naming what is wrong with them.</returns>
    public static async Task<(QueryArguments Arguments, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? indexName = request.Query["indexName"], query = request.Query["query"], parameters = request.Query["parameters"];
        if (HttpMethods.IsPost(request.Method))
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                indexName = form["indexName"].FirstOrDefault() ?? indexName;
                query = form["query"].FirstOrDefault() ?? query;
                parameters = form["parameters"].FirstOrDefault() ?? parameters;
            }
            else if (request.ContentLength is null or > 0)
            {
                if (request.ContentLength > MaxBodyLength)
                {
                    return (Empty, $"the request body is over {MaxBodyLength} bytes");
                }

                JsonNode? body;
                try
                {
                    body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
                }
                catch (JsonException exception)
                {
                    return (Empty, $"the request body is not valid JSON: {exception.Message}");
                }

                if (body is JsonObject json)
                {
                    indexName = Text(json, "indexName") ?? indexName;
                    query = Text(json, "query") ?? query;
                    parameters = Text(json, "parameters") ?? parameters;
                }
                else if (body is not null)
                {
                    return (Empty, "the request body must be a JSON object with indexName, query and parameters");
                }
            }
        }

        JsonObject? parsed = null;
        if (!string.IsNullOrWhiteSpace(parameters))
        {
            try
            {
                parsed = JsonNode.Parse(parameters) as JsonObject;
            }
            catch (JsonException)
            {
                parsed = null;
            }

            if (parsed is null)
            {
                return (Empty, "parameters must be a JSON object, e.g. {\"term\":\"ville\"}");
            }
        }

        return (new QueryArguments(indexName, query, parsed), null);
    }

    private static QueryArguments Empty { get; } = new(null, null, null);

    // A JSON body may carry the query (or parameters) as an object rather than a string.
    private static string? Text(JsonObject json, string name) => json[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var node => node.ToJsonString(),
    };
}
