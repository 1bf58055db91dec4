using System.Security.Claims;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Efus.Cms.GraphQL.Execution;

/// <summary>
/// Runs one GraphQL request against the current schema with the configured limits: document size,
/// aliases, fields, depth and fragment cycles first, then GraphQL.NET's validation with the
/// complexity rule, then execution with a timeout. Maps the outcome to Orchard's status codes.
/// </summary>
public sealed class GraphQLRequestExecutor(
    ContentSchemaProvider schemas,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLRequestExecutor> logger)
{
    private static readonly DocumentExecuter _executer = new();

    public async Task<GraphQLResponse> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal? user, IServiceProvider services,
        bool allowMutations, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return Refuse(400, "INVALID_REQUEST", "A GraphQL query is required ('query' in the body or the query string).");
        }

        if (request.Query.Length > limits.MaxDocumentBytes)
        {
            return Refuse(413, "REQUEST_TOO_LARGE", $"The query is longer than {limits.MaxDocumentBytes} bytes.");
        }

        GraphQLDocument document;
        try
        {
            document = new GraphQLDocumentBuilder { MaxDepth = 128 }.Build(request.Query);
        }
        catch (ExecutionError error)
        {
            return new GraphQLResponse(new ExecutionResult { Errors = [error] }, 400);
        }

        if (DocumentLimits.Check(document, request.OperationName, limits, allowMutations) is { } refused)
        {
            return new GraphQLResponse(new ExecutionResult { Errors = [refused] }, refused.Code == "METHOD_NOT_ALLOWED" ? 405 : 400);
        }

        var access = new GraphQLAccess(services.GetRequiredService<ContentAuthorizer>(), user);
        if (!await access.CanExecuteAsync(cancellationToken))
        {
            // Orchard challenges such a caller (401) before looking at the query.
            return Refuse(401, GraphQLAccess.UnauthorizedCode, "Running GraphQL queries needs the ExecuteGraphQL permission; sign in or send an API token.");
        }

        var schema = await schemas.GetSchemaAsync(services.GetRequiredService<IContentDefinitionManager>(), cancellationToken);
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document,
            Variables = request.Variables,
            OperationName = request.OperationName,
            Extensions = request.Extensions,
            User = user,
            RequestServices = services,
            UserContext = new GraphQLRequestContext(services.GetRequiredService<IContentStore>(), access, limits),
            ValidationRules = Rules(limits),
            // One resolver at a time: the scoped store is not thread-safe; batch loaders still fetch once per level.
            MaxParallelExecutionCount = 1,
            Timeout = limits.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = context =>
            {
                logger.LogError(context.OriginalException, "GraphQL resolver failed");
                return Task.CompletedTask;
            },
        });

        return new GraphQLResponse(result, StatusOf(result));
    }

    private static int StatusOf(ExecutionResult result) => result.Errors switch
    {
        null or { Count: 0 } => 200,
        var errors when errors.Any(e => e.Code == GraphQLAccess.UnauthorizedCode) => 401,
        _ => 400,
    };

    private static List<IValidationRule> Rules(GraphQLOptions limits)
    {
        var rules = DocumentValidator.CoreRules.ToList();
        rules.Add(new ComplexityValidationRule(new ComplexityOptions
        {
            MaxComplexity = limits.MaxComplexity,
            // Depth is checked before validation (DocumentLimits), with introspection exempt.
            MaxDepth = null,
            ValidateComplexityDelegate = context =>
            {
                // GraphiQL's introspection query is large but harmless: let introspection-only operations through.
                if (context.Error is not null && context.ValidationContext.Operation.SelectionSet.Selections
                        .All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal)))
                {
                    context.Error = null;
                }

                return Task.CompletedTask;
            },
        }));
        if (!limits.Introspection)
        {
            rules.Add(NoIntrospectionValidationRule.Instance);
        }

        return rules;
    }

    private static GraphQLResponse Refuse(int status, string code, string message) =>
        new(new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, status);
}
