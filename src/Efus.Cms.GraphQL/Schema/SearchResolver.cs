using Efus.Cms.Core.Content;
using Efus.Cms.Core.Search;
using Efus.Cms.Core.Storage;
using Efus.Cms.GraphQL.Execution;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.GraphQL.Schema;

/// <summary>
/// Runs <c>search</c>: validates the arguments, asks the site search, then reads the hits' published
/// versions in one query. A hit whose item the caller may not view (Roles document), or that has no
/// published version any more (the index not yet caught up), is left out.
/// </summary>
internal static class SearchResolver
{
    public static async ValueTask<object?> ResolveAsync(IResolveFieldContext ctx)
    {
        var request = new SiteSearchRequest
        {
            Query = ctx.GetArgument<string>("query")?.Trim() ?? "",
            Types = Strings(ctx, "types"),
            Themes = Strings(ctx, "themes"),
            Years = Strings(ctx, "years"),
            Countries = Strings(ctx, "countries"),
            Take = ctx.GetArgument("first", 10),
            Skip = ctx.GetArgument("skip", 0),
        };
        if (request.Problem() is { } problem)
        {
            throw new ExecutionError($"search: {problem}.") { Code = "INVALID_ARGUMENT" };
        }

        var search = ctx.RequestServices?.GetService<ISiteSearch>()
            ?? throw new ExecutionError("Search is not available on this site.") { Code = "SEARCH_UNAVAILABLE" };
        var context = GraphQLRequestContext.Of(ctx);
        var result = await search.SearchAsync(request, context.Access.User, ctx.CancellationToken);
        var ids = result.Hits.Select(h => h.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var items = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var item in ids.Count == 0 ? [] : await context.Store.GetManyAsync(ids, VersionOptions.Published, ctx.CancellationToken))
        {
            if (await context.Access.CanViewAsync(item, ctx.CancellationToken))
            {
                items[item.ContentItemId] = item;
            }
        }

        return new SearchGraph.SearchPayload(
            result.Total,
            result.Facets,
            [.. result.Hits.Where(h => items.ContainsKey(h.ContentItemId)).Select(h => new SearchGraph.SearchHit(h, items[h.ContentItemId]))]);
    }

    private static List<string> Strings(IResolveFieldContext ctx, string name) =>
        [.. (ctx.GetArgument<List<string>?>(name) ?? []).Where(s => !string.IsNullOrWhiteSpace(s))];
}
