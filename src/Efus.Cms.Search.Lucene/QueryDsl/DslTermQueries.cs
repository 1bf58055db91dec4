using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// Term-level query types: the value is used as an index term, not analyzed.
internal static class DslTermQueries
{
    private static readonly string[] _valueKey = ["value"];

    public static Query ReadTerm(DslContext context, JsonElement body, string path)
    {
        var spec = FieldSpec.Read(body, path, "term", _valueKey);
        var query = ExactQuery(context, spec.Field, spec.Value, spec.ValuePath);
        query.Boost = spec.Boost;
        return query;
    }

    // {"field": ["a", "b"], "boost": 2}: any of the values.
    public static Query ReadTerms(DslContext context, JsonElement body, string path)
    {
        DslJson.RequireObject(body, path, "a field with a list of values");
        var boost = 1f;
        JsonProperty? field = null;
        foreach (var property in body.EnumerateObject())
        {
            var propertyPath = DslJson.Child(path, property.Name);
            if (property.Name == "boost")
            {
                boost = DslJson.ReadBoost(property.Value, propertyPath);
            }
            else if (field is null)
            {
                field = property;
            }
            else
            {
                throw DslJson.Error(propertyPath, $"terms takes one field, found '{field.Value.Name}' and '{property.Name}'");
            }
        }

        if (field is not { } fieldProperty)
        {
            throw DslJson.Error(path, "expected a field with a list of values");
        }

        var fieldPath = DslJson.Child(path, fieldProperty.Name);
        var (name, fieldBoost) = DslJson.SplitFieldBoost(fieldProperty.Name, fieldPath);
        if (fieldProperty.Value.ValueKind != JsonValueKind.Array)
        {
            throw DslJson.Error(fieldPath, $"expected an array of values, found {DslJson.Describe(fieldProperty.Value.ValueKind)}");
        }

        var query = new BooleanQuery();
        var index = 0;
        foreach (var value in fieldProperty.Value.EnumerateArray())
        {
            var valuePath = DslJson.Item(fieldPath, index++);
            context.SpendClauses(valuePath, 1);
            try
            {
                query.Add(ExactQuery(context, name, value, valuePath), Occur.SHOULD);
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                throw context.TooManyClauses(valuePath);
            }
        }

        query.Boost = boost * fieldBoost;
        return query;
    }

    public static Query ReadPrefix(DslContext context, JsonElement body, string path)
    {
        var spec = FieldSpec.Read(body, path, "prefix", _valueKey);
        var text = DslJson.ReadText(spec.Value, spec.ValuePath);
        return new PrefixQuery(new Term(spec.Field, text))
        {
            MultiTermRewriteMethod = context.BoundedRewrite,
            Boost = spec.Boost,
        };
    }

    // The only query type where a leading * or ? is allowed: whoever writes it asks for the scan.
    public static Query ReadWildcard(DslContext context, JsonElement body, string path)
    {
        var spec = FieldSpec.Read(body, path, "wildcard", ["value", "wildcard"]);
        var pattern = ReadPattern(context, spec);
        return new WildcardQuery(new Term(spec.Field, pattern))
        {
            MultiTermRewriteMethod = context.BoundedRewrite,
            Boost = spec.Boost,
        };
    }

    public static Query ReadRegexp(DslContext context, JsonElement body, string path)
    {
        var spec = FieldSpec.Read(body, path, "regexp", _valueKey);
        var pattern = ReadPattern(context, spec);
        RegexpQuery query;
        try
        {
            query = new RegexpQuery(new Term(spec.Field, pattern));
        }
        catch (ArgumentException exception)
        {
            throw new QueryDslException(spec.ValuePath, $"invalid regular expression: {exception.Message}", exception);
        }

        query.MultiTermRewriteMethod = context.BoundedRewrite;
        query.Boost = spec.Boost;
        return query;
    }

    public static Query ReadFuzzy(DslContext context, JsonElement body, string path)
    {
        var spec = FieldSpec.Read(body, path, "fuzzy", _valueKey, "fuzziness", "prefix_length", "max_expansions", "transpositions");
        var text = DslJson.ReadText(spec.Value, spec.ValuePath);

        var maxEdits = spec.TryGetOption("fuzziness", out var fuzziness, out var fuzzinessPath)
            ? ReadFuzziness(fuzziness, fuzzinessPath, text)
            : AutoFuzziness(text);
        var prefixLength = spec.TryGetOption("prefix_length", out var prefix, out var prefixPath)
            ? DslJson.ReadInt(prefix, prefixPath, 0, 1000)
            : FuzzyQuery.DefaultPrefixLength;
        var maxExpansions = spec.TryGetOption("max_expansions", out var expansions, out var expansionsPath)
            ? DslJson.ReadInt(expansions, expansionsPath, 1, context.Options.MaxExpansions)
            : Math.Min(FuzzyQuery.DefaultMaxExpansions, context.Options.MaxExpansions);
        var transpositions = !spec.TryGetOption("transpositions", out var transposition, out var transpositionPath)
            || DslJson.ReadBool(transposition, transpositionPath);

        return new FuzzyQuery(new Term(spec.Field, text), maxEdits, prefixLength, maxExpansions, transpositions)
        {
            Boost = spec.Boost,
        };
    }

    // Bounds are compared as terms unless the field is numeric, in which case they must be numbers.
    // Ranges keep Lucene's constant-score rewrite: it visits every matching term but never adds
    // clauses, and a top-N rewrite would silently drop documents from a date range.
    public static Query ReadRange(DslContext context, JsonElement body, string path)
    {
        var property = DslJson.Single(body, path, "field for 'range'");
        var fieldPath = DslJson.Child(path, property.Name);
        var (field, boost) = DslJson.SplitFieldBoost(property.Name, fieldPath);
        DslJson.RequireObject(property.Value, fieldPath, "the bounds gt, gte, lt, lte");

        RangeBound? lower = null;
        RangeBound? upper = null;
        foreach (var bound in property.Value.EnumerateObject())
        {
            var boundPath = DslJson.Child(fieldPath, bound.Name);
            switch (bound.Name)
            {
                case "gt" or "gte":
                    lower = lower is null
                        ? new RangeBound(bound.Value, boundPath, bound.Name == "gte")
                        : throw DslJson.Error(boundPath, "the lower bound is given twice (use gt or gte)");
                    break;
                case "lt" or "lte":
                    upper = upper is null
                        ? new RangeBound(bound.Value, boundPath, bound.Name == "lte")
                        : throw DslJson.Error(boundPath, "the upper bound is given twice (use lt or lte)");
                    break;
                case "boost":
                    boost *= DslJson.ReadBoost(bound.Value, boundPath);
                    break;
                default:
                    throw DslJson.UnknownProperty(boundPath, bound.Name, "range", ["gt", "gte", "lt", "lte", "boost"]);
            }
        }

        if (lower is null && upper is null)
        {
            throw DslJson.Error(fieldPath, "a range needs at least one of gt, gte, lt, lte");
        }

        var includeLower = lower?.Inclusive ?? false;
        var includeUpper = upper?.Inclusive ?? false;
        Query query = context.NumericTypeOf(field) switch
        {
            NumericType.INT64 => NumericRangeQuery.NewInt64Range(
                field, Numeric(lower, ParseInt64), Numeric(upper, ParseInt64), includeLower, includeUpper),
            NumericType.INT32 => NumericRangeQuery.NewInt32Range(
                field, Numeric(lower, ParseInt32), Numeric(upper, ParseInt32), includeLower, includeUpper),
            NumericType.DOUBLE => NumericRangeQuery.NewDoubleRange(
                field, Numeric(lower, ParseDouble), Numeric(upper, ParseDouble), includeLower, includeUpper),
            NumericType.SINGLE => NumericRangeQuery.NewSingleRange(
                field, Numeric(lower, ParseSingle), Numeric(upper, ParseSingle), includeLower, includeUpper),
            _ => TermRangeQuery.NewStringRange(
                field, Text(lower), Text(upper), includeLower, includeUpper),
        };

        query.Boost = boost;
        return query;
    }

    private static Query ExactQuery(DslContext context, string field, JsonElement value, string path)
    {
        switch (context.NumericTypeOf(field))
        {
            case NumericType.INT64:
                var int64 = ParseInt64(value, path);
                return NumericRangeQuery.NewInt64Range(field, int64, int64, true, true);
            case NumericType.INT32:
                var int32 = ParseInt32(value, path);
                return NumericRangeQuery.NewInt32Range(field, int32, int32, true, true);
            case NumericType.DOUBLE:
                var number = ParseDouble(value, path);
                return NumericRangeQuery.NewDoubleRange(field, number, number, true, true);
            case NumericType.SINGLE:
                var single = ParseSingle(value, path);
                return NumericRangeQuery.NewSingleRange(field, single, single, true, true);
            default:
                return new TermQuery(new Term(field, DslJson.ReadText(value, path)));
        }
    }

    private static string ReadPattern(DslContext context, FieldSpec spec)
    {
        var pattern = DslJson.ReadText(spec.Value, spec.ValuePath);
        return pattern.Length <= context.Options.MaxPatternLength
            ? pattern
            : throw DslJson.Error(spec.ValuePath, $"pattern is {pattern.Length} characters long; the maximum is {context.Options.MaxPatternLength}");
    }

    // Elasticsearch's AUTO: exact up to 2 characters, 1 edit up to 5, then 2.
    private static int AutoFuzziness(string text) => text.Length switch
    {
        <= 2 => 0,
        <= 5 => 1,
        _ => 2,
    };

    private static int ReadFuzziness(JsonElement value, string path, string text)
    {
        if (value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), "auto", StringComparison.OrdinalIgnoreCase))
        {
            return AutoFuzziness(text);
        }

        return value.ValueKind is JsonValueKind.Number or JsonValueKind.String
            && int.TryParse(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(), NumberStyles.None, CultureInfo.InvariantCulture, out var edits)
            && edits <= 2
            ? edits
            : throw DslJson.Error(path, $"fuzziness must be 0, 1, 2 or AUTO, found {DslJson.DescribeValue(value)}");
    }

    private static T? Numeric<T>(RangeBound? bound, Func<JsonElement, string, T> parse)
        where T : struct =>
        bound is null ? null : parse(bound.Value, bound.Path);

    private static string? Text(RangeBound? bound) => bound is null ? null : DslJson.ReadText(bound.Value, bound.Path);

    private static long ParseInt64(JsonElement value, string path) =>
        (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        || (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
            ? number
            : throw NotANumber(value, path, "an integer");

    private static int ParseInt32(JsonElement value, string path) =>
        (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        || (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
            ? number
            : throw NotANumber(value, path, "a 32-bit integer");

    private static double ParseDouble(JsonElement value, string path) =>
        (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
        || (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            ? number
            : throw NotANumber(value, path, "a number");

    private static float ParseSingle(JsonElement value, string path) =>
        (value.ValueKind == JsonValueKind.Number && value.TryGetSingle(out var number))
        || (value.ValueKind == JsonValueKind.String && float.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            ? number
            : throw NotANumber(value, path, "a number");

    private static QueryDslException NotANumber(JsonElement value, string path, string expected) =>
        DslJson.Error(path, $"the field is numeric: expected {expected}, found {DslJson.DescribeValue(value)}");

    private sealed record RangeBound(JsonElement Value, string Path, bool Inclusive);
}
