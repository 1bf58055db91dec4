using System.Text.Json;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// A field-level query body, {"field": value} or {"field": {"value": ..., "boost": ..., options}}.
internal sealed class FieldSpec
{
    private readonly Dictionary<string, JsonElement> _options;

    private FieldSpec(string field, float boost, string path, JsonElement value, Dictionary<string, JsonElement> options)
    {
        Field = field;
        Boost = boost;
        Path = path;
        Value = value;
        _options = options;
    }

    public string Field { get; }

    /// The field boost (title^2) times the "boost" property.
    public float Boost { get; }

    /// Path of the field property, e.g. query.match.title.
    public string Path { get; }

    public JsonElement Value { get; }

    /// Path of the value itself, for messages about it.
    public string ValuePath { get; private init; } = string.Empty;

    public bool TryGetOption(string name, out JsonElement value, out string path)
    {
        path = DslJson.Child(Path, name);
        return _options.TryGetValue(name, out value);
    }

    public static FieldSpec Read(JsonElement body, string path, string queryType, string[] valueKeys, params string[] optionKeys)
    {
        var property = DslJson.Single(body, path, $"field for '{queryType}'");
        var fieldPath = DslJson.Child(path, property.Name);
        var (field, boost) = DslJson.SplitFieldBoost(property.Name, fieldPath);
        var options = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

        if (property.Value.ValueKind != JsonValueKind.Object)
        {
            return new FieldSpec(field, boost, fieldPath, property.Value, options) { ValuePath = fieldPath };
        }

        JsonElement? value = null;
        var valuePath = fieldPath;
        foreach (var item in property.Value.EnumerateObject())
        {
            var itemPath = DslJson.Child(fieldPath, item.Name);
            if (valueKeys.Contains(item.Name))
            {
                if (value is not null)
                {
                    throw DslJson.Error(itemPath, $"the value is given twice (use one of {string.Join(", ", valueKeys)})");
                }

                value = item.Value;
                valuePath = itemPath;
            }
            else if (item.Name == "boost")
            {
                boost *= DslJson.ReadBoost(item.Value, itemPath);
            }
            else if (optionKeys.Contains(item.Name))
            {
                options[item.Name] = item.Value;
            }
            else
            {
                throw DslJson.UnknownProperty(itemPath, item.Name, queryType, [.. valueKeys, "boost", .. optionKeys]);
            }
        }

        return value is null
            ? throw DslJson.Error(fieldPath, $"missing '{valueKeys[0]}'")
            : new FieldSpec(field, boost, fieldPath, value.Value, options) { ValuePath = valuePath };
    }
}
