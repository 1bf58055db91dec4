using GraphQL;

namespace Efus.Cms.GraphQL.Execution;

/// <summary>The result of one request and the HTTP status it maps to (Orchard's: 200, 400, 401).</summary>
public sealed record GraphQLResponse(ExecutionResult Result, int StatusCode);
