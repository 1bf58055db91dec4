using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// "sort": "field" | {"field": {"order": "desc", "type": "double"}} | {"field": "desc"} | an array of those.
/// "_score" and "_doc" sort by relevance and index order, as in Elasticsearch.
internal static class DslSortReader
{
    private static readonly Dictionary<string, SortFieldType> _types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["string"] = SortFieldType.STRING,
        ["string_val"] = SortFieldType.STRING_VAL,
        ["int"] = SortFieldType.INT32,
        ["int32"] = SortFieldType.INT32,
        ["integer"] = SortFieldType.INT32,
        ["long"] = SortFieldType.INT64,
        ["int64"] = SortFieldType.INT64,
        ["float"] = SortFieldType.SINGLE,
        ["single"] = SortFieldType.SINGLE,
        ["double"] = SortFieldType.DOUBLE,
        ["score"] = SortFieldType.SCORE,
        ["doc"] = SortFieldType.DOC,
    };

    private static readonly string[] _typeNames = ["string", "string_val", "int", "long", "float", "double", "score", "doc"];

    /// Null means relevance.
    public static Sort? Read(DslContext context, JsonElement value, string path)
    {
        var fields = new List<SortField>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                fields.Add(ReadField(context, item, DslJson.Item(path, index++)));
            }
        }
        else
        {
            fields.Add(ReadField(context, value, path));
        }

        return fields.Count == 0 ? null : new Sort([.. fields]);
    }

    private static SortField ReadField(DslContext context, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return Create(context, RequireName(value.GetString()!, path), descending: null, type: null);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw DslJson.Error(path, $"expected a field name or {{\"field\": {{\"order\": ...}}}}, found {DslJson.Describe(value.ValueKind)}");
        }

        var property = DslJson.Single(value, path, "sort field");
        var name = RequireName(property.Name, path);
        var fieldPath = DslJson.Child(path, property.Name);
        bool? descending = null;
        SortFieldType? type = null;

        switch (property.Value.ValueKind)
        {
            case JsonValueKind.String:
                descending = ReadOrder(property.Value, fieldPath);
                break;
            case JsonValueKind.Object:
                foreach (var option in property.Value.EnumerateObject())
                {
                    var optionPath = DslJson.Child(fieldPath, option.Name);
                    switch (option.Name)
                    {
                        case "order":
                            descending = ReadOrder(option.Value, optionPath);
                            break;
                        case "type":
                            var typeName = DslJson.ReadString(option.Value, optionPath);
                            type = _types.TryGetValue(typeName, out var parsed)
                                ? parsed
                                : throw DslJson.Error(optionPath, $"unknown sort type '{typeName}' (expected {string.Join(", ", _typeNames)})");
                            break;
                        default:
                            throw DslJson.UnknownProperty(optionPath, option.Name, "sort", ["order", "type"]);
                    }
                }

                break;
            default:
                throw DslJson.Error(fieldPath, $"expected \"asc\", \"desc\" or {{\"order\": ..., \"type\": ...}}, found {DslJson.Describe(property.Value.ValueKind)}");
        }

        return Create(context, name, descending, type);
    }

    private static SortField Create(DslContext context, string name, bool? descending, SortFieldType? type)
    {
        switch (name)
        {
            // Relevance is best-first unless asked otherwise; Lucene's "reverse" flips that.
            case "_score":
                return new SortField(null, SortFieldType.SCORE, descending == false);
            case "_doc":
                return new SortField(null, SortFieldType.DOC, descending == true);
        }

        var sortType = type ?? context.NumericTypeOf(name) switch
        {
            NumericType.INT64 => SortFieldType.INT64,
            NumericType.INT32 => SortFieldType.INT32,
            NumericType.DOUBLE => SortFieldType.DOUBLE,
            NumericType.SINGLE => SortFieldType.SINGLE,
            _ => SortFieldType.STRING,
        };

        return sortType switch
        {
            SortFieldType.SCORE => Create(context, "_score", descending, null),
            SortFieldType.DOC => Create(context, "_doc", descending, null),
            _ => new SortField(name, sortType, descending == true),
        };
    }

    private static bool ReadOrder(JsonElement value, string path)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return text?.ToLowerInvariant() switch
        {
            "asc" => false,
            "desc" => true,
            _ => throw DslJson.Error(path, $"order must be \"asc\" or \"desc\", found {DslJson.DescribeValue(value)}"),
        };
    }

    private static string RequireName(string name, string path) =>
        string.IsNullOrWhiteSpace(name) ? throw DslJson.Error(path, "sort field name is empty") : name;
}
