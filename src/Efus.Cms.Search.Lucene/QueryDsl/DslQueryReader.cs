using System.Text.Json;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// Turns one query object ({"type": body}) into a Lucene query; compound "bool" lives here,
/// leaf types in <see cref="DslTermQueries"/> and <see cref="DslFullTextQueries"/>.
internal static class DslQueryReader
{
    private static readonly string[] _boolProperties =
        ["must", "should", "must_not", "filter", "boost", "minimum_should_match"];

    public static Query Read(DslContext context, JsonElement element, string path)
    {
        var property = DslJson.Single(element, path, "query type");
        var body = property.Value;
        var bodyPath = DslJson.Child(path, property.Name);

        return property.Name switch
        {
            "bool" => ReadBool(context, body, bodyPath),
            "match_all" => ReadMatchAll(body, bodyPath),
            "match" => DslFullTextQueries.ReadMatch(context, body, bodyPath),
            "match_phrase" => DslFullTextQueries.ReadMatchPhrase(context, body, bodyPath),
            "query_string" => DslFullTextQueries.ReadQueryString(context, body, bodyPath),
            "simple_query_string" => DslFullTextQueries.ReadSimpleQueryString(context, body, bodyPath),
            "term" => DslTermQueries.ReadTerm(context, body, bodyPath),
            "terms" => DslTermQueries.ReadTerms(context, body, bodyPath),
            "prefix" => DslTermQueries.ReadPrefix(context, body, bodyPath),
            "wildcard" => DslTermQueries.ReadWildcard(context, body, bodyPath),
            "regexp" => DslTermQueries.ReadRegexp(context, body, bodyPath),
            "fuzzy" => DslTermQueries.ReadFuzzy(context, body, bodyPath),
            "range" => DslTermQueries.ReadRange(context, body, bodyPath),
            _ => throw DslJson.Error(path, $"unknown query type '{property.Name}'"),
        };
    }

    private static Query ReadMatchAll(JsonElement body, string path)
    {
        DslJson.RequireObject(body, path, "the match_all options");
        var query = new MatchAllDocsQuery();
        foreach (var property in body.EnumerateObject())
        {
            var propertyPath = DslJson.Child(path, property.Name);
            query.Boost = property.Name == "boost"
                ? DslJson.ReadBoost(property.Value, propertyPath)
                : throw DslJson.UnknownProperty(propertyPath, property.Name, "match_all", ["boost"]);
        }

        return query;
    }

    // Follows Elasticsearch: should clauses are optional once there is a must or a filter clause,
    // a bool with only must_not (or only filter) matches everything else, and an empty bool matches all.
    private static Query ReadBool(DslContext context, JsonElement body, string path)
    {
        DslJson.RequireObject(body, path, "the bool clauses");
        var must = new List<Query>();
        var should = new List<Query>();
        var mustNot = new List<Query>();
        var filter = new List<Query>();
        float? boost = null;
        (JsonElement Value, string Path)? minimumShouldMatch = null;

        foreach (var property in body.EnumerateObject())
        {
            var propertyPath = DslJson.Child(path, property.Name);
            switch (property.Name)
            {
                case "must":
                    ReadClauses(context, property.Value, propertyPath, must);
                    break;
                case "should":
                    ReadClauses(context, property.Value, propertyPath, should);
                    break;
                case "must_not" or "mustnot":
                    ReadClauses(context, property.Value, propertyPath, mustNot);
                    break;
                case "filter":
                    ReadClauses(context, property.Value, propertyPath, filter);
                    break;
                case "boost":
                    boost = DslJson.ReadBoost(property.Value, propertyPath);
                    break;
                case "minimum_should_match":
                    minimumShouldMatch = (property.Value, propertyPath);
                    break;
                default:
                    throw DslJson.UnknownProperty(propertyPath, property.Name, "bool", _boolProperties);
            }
        }

        if (must.Count + should.Count + mustNot.Count + filter.Count == 0)
        {
            return new MatchAllDocsQuery { Boost = boost ?? 1f };
        }

        var main = new BooleanQuery();
        Add(context, main, must, Occur.MUST, path);
        Add(context, main, should, Occur.SHOULD, path);
        Add(context, main, mustNot, Occur.MUST_NOT, path);
        if (must.Count == 0 && (filter.Count > 0 || should.Count == 0))
        {
            Add(context, main, [new MatchAllDocsQuery()], Occur.MUST, path);
        }

        if (minimumShouldMatch is { } minimum)
        {
            main.MinimumNumberShouldMatch = ResolveMinimumShouldMatch(minimum.Value, minimum.Path, should.Count);
        }

        Query result = main;
        if (filter.Count > 0)
        {
            Query filterQuery = filter[0];
            if (filter.Count > 1)
            {
                var all = new BooleanQuery();
                Add(context, all, filter, Occur.MUST, path);
                filterQuery = all;
            }

            result = new FilteredQuery(main, new QueryWrapperFilter(filterQuery));
        }

        if (boost is { } value)
        {
            result.Boost = value;
        }

        return result;
    }

    private static void ReadClauses(DslContext context, JsonElement value, string path, List<Query> clauses)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                clauses.Add(Read(context, value, path));
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    clauses.Add(Read(context, item, DslJson.Item(path, index++)));
                }

                break;
            default:
                throw DslJson.Error(path, $"expected a query object or an array of them, found {DslJson.Describe(value.ValueKind)}");
        }
    }

    private static void Add(DslContext context, BooleanQuery target, List<Query> clauses, Occur occur, string path)
    {
        context.SpendClauses(path, clauses.Count);
        try
        {
            foreach (var clause in clauses)
            {
                target.Add(clause, occur);
            }
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw context.TooManyClauses(path);
        }
    }

    // Elasticsearch forms: 2, -1 (all but one), "2", "75%", "-25%".
    private static int ResolveMinimumShouldMatch(JsonElement value, string path, int shouldCount)
    {
        int count;
        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is var text && text.EndsWith('%'))
        {
            if (!int.TryParse(text[..^1], out var percent) || percent is < -100 or > 100)
            {
                throw DslJson.Error(path, $"invalid percentage '{text}'");
            }

            var share = (int)Math.Floor(shouldCount * Math.Abs(percent) / 100.0);
            count = percent < 0 ? shouldCount - share : share;
        }
        else
        {
            count = DslJson.ReadInt(value, path, int.MinValue + 1, int.MaxValue);
            if (count < 0)
            {
                count = shouldCount + Math.Max(count, -shouldCount);
            }
        }

        return Math.Max(0, count);
    }
}
