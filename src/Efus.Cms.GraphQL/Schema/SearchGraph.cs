using Efus.Cms.Core.Content;
using Efus.Cms.Core.Search;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Efus.Cms.GraphQL.Schema;

/// <summary>
/// The root <c>search</c> field (beyond Orchard): full-text search through Core's <see cref="ISiteSearch"/>
/// port, returning the total, facet counts and hits with score, highlights and the published item.
/// </summary>
internal static class SearchGraph
{
    public static FieldType Field(GraphTypes types)
    {
        var facetValue = new ObjectGraphType { Name = "SearchFacetValue", Description = "A facet value, its label and how many items have it." };
        AddField(facetValue, "value", new NonNullGraphType(types.String), (SiteSearchFacetValue v) => v.Value);
        AddField(facetValue, "label", new NonNullGraphType(types.String), (SiteSearchFacetValue v) => v.Label);
        AddField(facetValue, "count", new NonNullGraphType(types.Int), (SiteSearchFacetValue v) => v.Count);

        var values = new NonNullGraphType(GraphTypes.ListOf(facetValue));
        var facets = new ObjectGraphType { Name = "SearchFacets", Description = "Counts per dimension, each counted with the filters of the other dimensions." };
        AddField(facets, "types", values, (SiteSearchFacets f) => f.Types);
        AddField(facets, "themes", values, (SiteSearchFacets f) => f.Themes);
        AddField(facets, "years", values, (SiteSearchFacets f) => f.Years);
        AddField(facets, "countries", values, (SiteSearchFacets f) => f.Countries);

        var hit = new ObjectGraphType { Name = "SearchHit" };
        AddField(hit, "score", new NonNullGraphType(new FloatGraphType()), (SearchHit h) => h.Hit.Score);
        AddField(hit, "highlights", new NonNullGraphType(GraphTypes.ListOf(types.String)), (SearchHit h) => h.Hit.Highlights,
            "Excerpts, HTML-encoded, with <mark> around the matched words.");
        AddField(hit, "item", new NonNullGraphType(types.ContentItem), (SearchHit h) => h.Item,
            "The published item; use fragments (... on PracticeSheet) for its type's fields.");

        var result = new ObjectGraphType { Name = "SearchResult" };
        AddField(result, "total", new NonNullGraphType(types.Int), (SearchPayload r) => r.Total, "How many published items match.");
        AddField(result, "facets", new NonNullGraphType(facets), (SearchPayload r) => r.Facets);
        AddField(result, "hits", new NonNullGraphType(GraphTypes.ListOf(hit)), (SearchPayload r) => r.Hits, "The requested window, best first.");

        var strings = GraphTypes.ListOf(types.String);
        return new FieldType
        {
            Name = "search",
            Description = "Full-text search of the published site (French analysis), with facets and highlighted excerpts.",
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(types.String)) { Name = "query", Description = "The words, as a visitor types them." },
                new QueryArgument(strings) { Name = "types", Description = "Content type names (any of them)." },
                new QueryArgument(strings) { Name = "themes", Description = "Theme term ids (any of them)." },
                new QueryArgument(strings) { Name = "years", Description = "Years (any of them)." },
                new QueryArgument(strings) { Name = "countries", Description = "Countries (any of them)." },
                new QueryArgument(types.Int) { Name = "first", DefaultValue = 10, Description = $"How many hits (1 to {SiteSearchRequest.MaxTake})." },
                new QueryArgument(types.Int) { Name = "skip", DefaultValue = 0, Description = $"How many hits to skip (at most {SiteSearchRequest.MaxSkip})." }),
            ResolvedType = new NonNullGraphType(result),
            Resolver = new FuncFieldResolver<object>(SearchResolver.ResolveAsync),
        };
    }

    private static void AddField<TSource>(ObjectGraphType type, string name, IGraphType graphType, Func<TSource, object?> read, string? description = null) =>
        type.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = graphType,
            Resolver = new FuncFieldResolver<object>(ctx => ctx.Source is TSource source ? read(source) : null),
        });

    internal sealed record SearchHit(SiteSearchHit Hit, ContentItem Item);

    internal sealed record SearchPayload(int Total, SiteSearchFacets Facets, IReadOnlyList<SearchHit> Hits);
}
