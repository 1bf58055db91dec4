using System.Text.Json;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// Query types whose text goes through the index analyzer.
internal static class DslFullTextQueries
{
    private static readonly string[] _queryStringProperties = ["query", "default_field", "default_operator", "analyze_wildcard", "boost"];
    private static readonly string[] _simpleQueryStringProperties = ["query", "fields", "default_operator", "analyze_wildcard", "boost"];

    // Position-aware, unlike a flat list of analyzed terms: alternatives the analyzer puts at one
    // position (a glued compound beside its second word) stay optional under "operator": "and".
    public static Query ReadMatch(DslContext context, JsonElement body, string path)
    {
        // "analyzer" is accepted for Orchard Core compatibility and ignored, as there: an index has one analyzer.
        var spec = FieldSpec.Read(body, path, "match", ["query"], "operator", "zero_terms_query", "analyzer");
        var text = DslJson.ReadText(spec.Value, spec.ValuePath);
        var occur = spec.TryGetOption("operator", out var op, out var opPath) ? ReadOperator(op, opPath) : Occur.SHOULD;
        var matchAllWhenEmpty = spec.TryGetOption("zero_terms_query", out var zeroTerms, out var zeroTermsPath)
            && ReadZeroTerms(zeroTerms, zeroTermsPath);

        var query = Build(context, spec.Path, () => new QueryBuilder(context.Analyzer).CreateBooleanQuery(spec.Field, text, occur))
            ?? (matchAllWhenEmpty ? new MatchAllDocsQuery() : new BooleanQuery());
        query.Boost = spec.Boost;
        return query;
    }

    public static Query ReadMatchPhrase(DslContext context, JsonElement body, string path)
    {
        var spec = FieldSpec.Read(body, path, "match_phrase", ["query", "value"], "slop", "analyzer");
        var text = DslJson.ReadText(spec.Value, spec.ValuePath);
        var slop = spec.TryGetOption("slop", out var slopValue, out var slopPath) ? DslJson.ReadInt(slopValue, slopPath, 0, 100) : 0;

        var query = Build(context, spec.Path, () => new QueryBuilder(context.Analyzer).CreatePhraseQuery(spec.Field, text, slop))
            ?? new BooleanQuery();
        query.Boost = spec.Boost;
        return query;
    }

    // Lucene's classic syntax; leading wildcards are refused there (they scan the whole term dictionary).
    public static Query ReadQueryString(DslContext context, JsonElement body, string path)
    {
        DslJson.RequireObject(body, path, "the query_string options");
        string? text = null;
        var field = context.Options.DefaultField;
        var occur = Occur.SHOULD;
        var analyzeWildcard = false;
        var boost = 1f;
        foreach (var property in body.EnumerateObject())
        {
            var propertyPath = DslJson.Child(path, property.Name);
            switch (property.Name)
            {
                case "query":
                    text = DslJson.ReadString(property.Value, propertyPath);
                    break;
                case "analyze_wildcard":
                    analyzeWildcard = DslJson.ReadBool(property.Value, propertyPath);
                    break;
                case "default_field":
                    field = DslJson.ReadString(property.Value, propertyPath);
                    break;
                case "default_operator":
                    occur = ReadOperator(property.Value, propertyPath);
                    break;
                case "boost":
                    boost = DslJson.ReadBoost(property.Value, propertyPath);
                    break;
                default:
                    throw DslJson.UnknownProperty(propertyPath, property.Name, "query_string", _queryStringProperties);
            }
        }

        if (text is null)
        {
            throw DslJson.Error(path, "missing 'query'");
        }

        var parser = new BoundedQueryParser(context.Analyzer, field, context.BoundedRewrite, context.Options.MaxPatternLength, analyzeWildcard)
        {
            DefaultOperator = occur == Occur.MUST ? Operator.AND : Operator.OR,
        };

        Query query;
        try
        {
            query = Build(context, path, () => parser.Parse(text))!;
        }
        catch (ParseException exception)
        {
            throw new QueryDslException(DslJson.Child(path, "query"), $"invalid query string: {FirstLine(exception.Message)}", exception);
        }

        query.Boost *= boost;
        return query;
    }

    public static Query ReadSimpleQueryString(DslContext context, JsonElement body, string path)
    {
        DslJson.RequireObject(body, path, "the simple_query_string options");
        string? text = null;
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        var occur = Occur.SHOULD;
        var analyzeWildcard = false;
        var boost = 1f;
        foreach (var property in body.EnumerateObject())
        {
            var propertyPath = DslJson.Child(path, property.Name);
            switch (property.Name)
            {
                case "query":
                    text = DslJson.ReadString(property.Value, propertyPath);
                    break;
                case "fields":
                    ReadWeightedFields(property.Value, propertyPath, weights);
                    break;
                case "default_operator":
                    occur = ReadOperator(property.Value, propertyPath);
                    break;
                case "analyze_wildcard":
                    analyzeWildcard = DslJson.ReadBool(property.Value, propertyPath);
                    break;
                case "boost":
                    boost = DslJson.ReadBoost(property.Value, propertyPath);
                    break;
                default:
                    throw DslJson.UnknownProperty(propertyPath, property.Name, "simple_query_string", _simpleQueryStringProperties);
            }
        }

        if (text is null)
        {
            throw DslJson.Error(path, "missing 'query'");
        }

        if (weights.Count == 0)
        {
            weights[context.Options.DefaultField] = 1f;
        }

        var parser = new BoundedSimpleQueryParser(context.Analyzer, weights, context.BoundedRewrite, analyzeWildcard)
        {
            DefaultOperator = occur,
        };

        var query = Build(context, path, () => parser.Parse(text)) ?? new BooleanQuery();
        query.Boost *= boost;
        return query;
    }

    private static void ReadWeightedFields(JsonElement value, string path, Dictionary<string, float> weights)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw DslJson.Error(path, $"expected a non-empty array of field names, found {DslJson.Describe(value.ValueKind)}");
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = DslJson.Item(path, index++);
            var (field, weight) = DslJson.SplitFieldBoost(DslJson.ReadString(item, itemPath), itemPath);
            weights[field] = weight;
        }
    }

    private static Occur ReadOperator(JsonElement value, string path)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return text?.ToLowerInvariant() switch
        {
            "and" => Occur.MUST,
            "or" => Occur.SHOULD,
            _ => throw DslJson.Error(path, $"operator must be \"and\" or \"or\", found {DslJson.DescribeValue(value)}"),
        };
    }

    private static bool ReadZeroTerms(JsonElement value, string path)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return text?.ToLowerInvariant() switch
        {
            "all" => true,
            "none" => false,
            _ => throw DslJson.Error(path, $"zero_terms_query must be \"none\" or \"all\", found {DslJson.DescribeValue(value)}"),
        };
    }

    // Runs a Lucene builder, turning its clause-limit failure into a DSL error and charging the
    // clauses it produced to the request's budget.
    private static Query? Build(DslContext context, string path, Func<Query?> build)
    {
        Query? query;
        try
        {
            query = build();
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw context.TooManyClauses(path);
        }

        if (query is not null)
        {
            context.SpendClauses(path, DslContext.CountClauses(query));
        }

        return query;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
