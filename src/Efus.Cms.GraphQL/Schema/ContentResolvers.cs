using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Efus.Cms.GraphQL.Execution;
using Efus.Cms.GraphQL.Filtering;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Efus.Cms.GraphQL.Schema;

/// <summary>The root fields: one list and one count per content type, and <c>contentItem(contentItemId:)</c>.</summary>
internal static class ContentResolvers
{
    public const string OrderByColumnKey = "Efus.Cms.GraphQL.OrderBy";

    public static async ValueTask<object?> ListAsync(IResolveFieldContext ctx, string contentType)
    {
        var request = GraphQLRequestContext.Of(ctx);
        var first = ctx.GetArgument<int?>("first") ?? 0;
        var skip = ctx.GetArgument<int?>("skip") ?? 0;
        if (first < 0 || skip < 0)
        {
            throw new ExecutionError("'first' and 'skip' cannot be negative.") { Code = "INVALID_ARGUMENT" };
        }

        if (first > request.Options.MaxPageSize)
        {
            throw new ExecutionError($"'first' is {first}; at most {request.Options.MaxPageSize} items can be asked for at once. Use 'skip' to page.")
            {
                Code = "PAGE_SIZE",
            };
        }

        var query = await BaseQueryAsync(ctx, request, contentType) with
        {
            Sorts = Sorts(ctx),
            Skip = skip,
            Take = first == 0 ? request.Options.DefaultPageSize : first,
            IncludeTotal = false,
        };
        var page = await request.Store.QueryAsync(query, ctx.CancellationToken);
        return page.Items;
    }

    public static async ValueTask<object?> CountAsync(IResolveFieldContext ctx, string contentType)
    {
        var request = GraphQLRequestContext.Of(ctx);
        var page = await request.Store.QueryAsync(await BaseQueryAsync(ctx, request, contentType) with { Take = 0, IncludeTotal = true }, ctx.CancellationToken);
        return page.Total;
    }

    /// <summary>The published item, when the caller may view it (Orchard 2 does not check: its issue #10760).</summary>
    public static object? ContentItem(IResolveFieldContext ctx)
    {
        var request = GraphQLRequestContext.Of(ctx);
        return request.ViewableItem(ctx.GetArgument<string>("contentItemId"));
    }

    private static async Task<ContentQuery> BaseQueryAsync(IResolveFieldContext ctx, GraphQLRequestContext request, string contentType)
    {
        var status = ctx.GetArgument("status", ContentStatus.Published);
        if (status != ContentStatus.Published && !await request.Access.CanReadUnpublishedAsync(contentType, ctx.CancellationToken))
        {
            throw new ExecutionError($"Reading {status.ToString().ToUpperInvariant()} versions of {contentType} needs the EditContent permission (an editor, or an API token of one); other callers read PUBLISHED content only.")
            {
                Code = GraphQLAccess.UnauthorizedCode,
            };
        }

        var scope = await request.Access.ViewScopeAsync(contentType, ctx.CancellationToken);
        if (scope == ContentViewScope.None)
        {
            throw new ExecutionError($"Reading {contentType} items needs the ViewContent or ViewOwnContent permission.") { Code = GraphQLAccess.UnauthorizedCode };
        }

        var whereType = ctx.FieldDefinition.Arguments?.Find("where")?.ResolvedType as IInputObjectGraphType;
        var where = ctx.Arguments?.TryGetValue("where", out var argument) == true ? argument.Value : null;
        var filter = whereType is null ? null : WhereTranslator.Translate(where, whereType);
        if (scope == ContentViewScope.Own)
        {
            // Only the caller's own items (Orchard's ViewOwnContent), in the database like any filter.
            var own = new ContentFilter.Column(ContentColumn.Owner, FilterOperator.Equal, request.Access.UserId);
            filter = filter is null ? own : new ContentFilter.And([filter, own]);
        }

        return new ContentQuery
        {
            ContentTypes = [contentType],
            Status = status,
            Filter = filter,
        };
    }

    /// <summary>
    /// The orderBy keys in the order the client wrote them (coerced input objects follow the
    /// type's field order, so a literal is read from the query text). Default: createdUtc DESC.
    /// </summary>
    private static List<ContentSort> Sorts(IResolveFieldContext ctx)
    {
        var orderByType = ctx.FieldDefinition.Arguments?.Find("orderBy")?.ResolvedType as IInputObjectGraphType;
        if (orderByType is null || ctx.GetArgument<Dictionary<string, object?>?>("orderBy") is not { Count: > 0 } orderBy)
        {
            return [new ContentSort(ContentColumn.CreatedUtc, Descending: true)];
        }

        var literal = ctx.FieldAst.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "orderBy")?.Value as GraphQLObjectValue;
        var keys = literal?.Fields?.Select(f => f.Name.StringValue).Where(orderBy.ContainsKey).ToList() ?? [.. orderBy.Keys];
        return [.. keys
            .Where(key => orderBy[key] is bool)
            .Select(key => new ContentSort(orderByType.GetField(key)!.GetMetadata<ContentColumn>(OrderByColumnKey), (bool)orderBy[key]!))];
    }
}
