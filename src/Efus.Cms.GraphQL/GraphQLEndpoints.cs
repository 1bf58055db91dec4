using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Efus.Cms.Core.Storage;
using Efus.Cms.GraphQL.Execution;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Efus.Cms.GraphQL;

public static class GraphQLEndpoints
{
    public const string UnauthenticatedCode = "UNAUTHENTICATED";

    /// <summary>
    /// <c>/api/graphql</c>: GET with <c>query</c> (or <c>namedQuery</c>), <c>variables</c>, <c>operationName</c>
    /// in the query string (queries only), POST with an <c>application/json</c> body or an
    /// <c>application/graphql</c> raw query. Anonymous callers read published content; status 200, 304
    /// (a named query's ETag matched), 400, 401 (also for a refused bearer token), 405 or 413.
    /// </summary>
    public static IEndpointConventionBuilder MapEfusGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/api/graphql") =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithName("EfusGraphQL")
            .DisableAntiforgery();

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var serializer = services.GetRequiredService<GraphQLJsonSerializer>().Serializer;
        var isGet = HttpMethods.IsGet(http.Request.Method);

        GraphQLResponse response;
        string? namedQuery = null;
        try
        {
            var incoming = isGet ? FromQueryString(http.Request, serializer) : await FromBodyAsync(http.Request, serializer, options);
            namedQuery = incoming?.NamedQuery;
            response = incoming is null
                ? Refuse(413, "REQUEST_TOO_LARGE", $"The request body is larger than {options.MaxDocumentBytes} bytes.")
                : await RejectedCredentialsAsync(http) is { } rejected
                    ? Refuse(401, UnauthenticatedCode, rejected)
                    : await ExecuteAsync(http, incoming, allowMutations: !isGet);
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException or ExecutionError)
        {
            response = Refuse(400, "INVALID_REQUEST", $"The request could not be read: {error.Message}");
        }

        http.Response.StatusCode = response.StatusCode;
        http.Response.ContentType = "application/json; charset=utf-8";
        if (response.StatusCode == 405)
        {
            http.Response.Headers.Allow = "POST";
        }
        else if (response.Result.Errors?.FirstOrDefault()?.Code == UnauthenticatedCode)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        if (isGet && namedQuery is not null && response.StatusCode == 200)
        {
            await WriteCacheableAsync(http, options, serializer.Serialize(response.Result));
            return;
        }

        // Answers depend on the caller (permissions, drafts): only a named query's anonymous answer may be shared.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Vary = "Authorization, Cookie";

        await serializer.WriteAsync(http.Response.Body, response.Result, http.RequestAborted);
    }

    private static async Task<GraphQLResponse> ExecuteAsync(HttpContext http, IncomingRequest incoming, bool allowMutations)
    {
        var request = incoming.Request;
        if (incoming.NamedQuery is { } name)
        {
            if (!string.IsNullOrWhiteSpace(request.Query))
            {
                return Refuse(400, "INVALID_REQUEST", "Send either 'query' or 'namedQuery', not both.");
            }

            request.Query = (await http.RequestServices.GetRequiredService<DocumentCache<NamedQueries>>()
                .GetAsync(http.RequestServices.GetRequiredService<IDocumentStore>(), http.RequestAborted)).Find(name);
            if (request.Query is null)
            {
                return Refuse(400, NamedQueries.UnknownCode, $"There is no persisted query named '{name}' (names are case-sensitive).");
            }
        }

        return await http.RequestServices.GetRequiredService<GraphQLRequestExecutor>()
            .ExecuteAsync(request, http.User, http.RequestServices, allowMutations, http.RequestAborted);
    }

    /// <summary>
    /// A named query over GET: an ETag from the body (a matching If-None-Match gets 304), shared
    /// caches allowed for anonymous callers only; a signed-in caller's answer is private.
    /// </summary>
    private static async Task WriteCacheableAsync(HttpContext http, GraphQLOptions options, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.Vary = "Authorization, Cookie";
        headers.CacheControl = http.User.Identity?.IsAuthenticated == true
            ? "private, no-cache"
            : $"public, max-age={(int)options.NamedQueryMaxAge.TotalSeconds}";
        if (http.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            http.Response.ContentType = null;
            return;
        }

        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>
    /// Credentials sent but refused (an unknown or revoked bearer token): the caller expects to be
    /// someone, so answering as an anonymous caller would hide the mistake. Null when none were refused.
    /// </summary>
    private static async Task<string?> RejectedCredentialsAsync(HttpContext http)
    {
        if (http.Request.Headers.Authorization.Count == 0)
        {
            return null;
        }

        var result = await http.AuthenticateAsync();
        return result.Failure is { } failure ? failure.Message : null;
    }

    private static IncomingRequest FromQueryString(HttpRequest request, GraphQLSerializer serializer) => new(
        new GraphQLRequest
        {
            Query = request.Query["query"],
            OperationName = request.Query["operationName"] is { Count: > 0 } name ? name.ToString() : null,
            Variables = request.Query["variables"] is { Count: > 0 } variables && !string.IsNullOrWhiteSpace(variables)
                ? serializer.Deserialize<Inputs>(variables.ToString())
                : null,
        },
        request.Query["namedQuery"] is { Count: > 0 } named && !string.IsNullOrWhiteSpace(named) ? named.ToString() : null);

    /// <summary>Reads at most the configured size (plus the JSON envelope); null when the body is larger.</summary>
    private static async Task<IncomingRequest?> FromBodyAsync(HttpRequest request, GraphQLSerializer serializer, GraphQLOptions options)
    {
        // The JSON envelope may carry variables besides the query: allow twice the document size for it.
        var limit = (long)options.MaxDocumentBytes * 2;
        if (request.ContentLength > limit)
        {
            return null;
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("application/json" or "application/graphql"))
        {
            // Orchard reads the query string when the body is of another type.
            return FromQueryString(request, serializer);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        if (mediaType == "application/graphql")
        {
            return new(new GraphQLRequest { Query = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) }, null);
        }

        buffer.Position = 0;
        var parsed = await serializer.ReadAsync<GraphQLRequest>(buffer, request.HttpContext.RequestAborted)
            ?? throw new FormatException("The body is not a GraphQL request object.");
        return new(parsed, parsed.Query is null ? NamedQueryOf(buffer) : null);
    }

    /// <summary>Orchard's envelope also has <c>namedQuery</c>, which GraphQL.NET's request type does not read.</summary>
    private static string? NamedQueryOf(MemoryStream body)
    {
        using var json = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
        return json.RootElement.ValueKind == JsonValueKind.Object
            && json.RootElement.TryGetProperty("namedQuery", out var name) && name.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(name.GetString())
                ? name.GetString()
                : null;
    }

    private static GraphQLResponse Refuse(int status, string code, string message) =>
        new(new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, status);

    private sealed record IncomingRequest(GraphQLRequest Request, string? NamedQuery);
}
