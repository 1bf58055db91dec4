using System.Text;
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
    /// <c>/api/graphql</c>: GET with <c>query</c>, <c>variables</c>, <c>operationName</c> in the query
    /// string (queries only), POST with an <c>application/json</c> body or an <c>application/graphql</c>
    /// raw query. Anonymous callers read published content; status 200, 400, 401 (also for a refused bearer token), 405 or 413.
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
        try
        {
            var request = isGet ? FromQueryString(http.Request, serializer) : await FromBodyAsync(http.Request, serializer, options);
            response = request is null
                ? Refuse(413, "REQUEST_TOO_LARGE", $"The request body is larger than {options.MaxDocumentBytes} bytes.")
                : await RejectedCredentialsAsync(http) is { } rejected
                    ? Refuse(401, UnauthenticatedCode, rejected)
                    : await services.GetRequiredService<GraphQLRequestExecutor>()
                        .ExecuteAsync(request, http.User, services, allowMutations: !isGet, http.RequestAborted);
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or FormatException or InvalidOperationException or ExecutionError)
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

        await serializer.WriteAsync(http.Response.Body, response.Result, http.RequestAborted);
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

    private static GraphQLRequest FromQueryString(HttpRequest request, GraphQLSerializer serializer) => new()
    {
        Query = request.Query["query"],
        OperationName = request.Query["operationName"] is { Count: > 0 } name ? name.ToString() : null,
        Variables = request.Query["variables"] is { Count: > 0 } variables && !string.IsNullOrWhiteSpace(variables)
            ? serializer.Deserialize<Inputs>(variables.ToString())
            : null,
    };

    /// <summary>Reads at most the configured size (plus the JSON envelope); null when the body is larger.</summary>
    private static async Task<GraphQLRequest?> FromBodyAsync(HttpRequest request, GraphQLSerializer serializer, GraphQLOptions options)
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
            return new GraphQLRequest { Query = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) };
        }

        buffer.Position = 0;
        return await serializer.ReadAsync<GraphQLRequest>(buffer, request.HttpContext.RequestAborted)
            ?? throw new FormatException("The body is not a GraphQL request object.");
    }

    private static GraphQLResponse Refuse(int status, string code, string message) =>
        new(new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, status);
}
