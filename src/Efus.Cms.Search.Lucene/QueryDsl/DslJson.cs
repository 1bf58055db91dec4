using System.Globalization;
using System.Text.Json;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// Shape checks on the request JSON, each failing with a <see cref="QueryDslException"/> at a path.
internal static class DslJson
{
    public static QueryDslException Error(string path, string problem) => new(path, problem);

    public static string Child(string path, string name) => path == "$" ? name : $"{path}.{name}";

    public static string Item(string path, int index) => $"{path}[{index}]";

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static void RequireObject(JsonElement value, string path, string what)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"expected {what} (an object), found {Describe(value.ValueKind)}");
        }
    }

    /// The only property of an object such as {"match": {...}} or {"title": "..."}.
    public static JsonProperty Single(JsonElement value, string path, string what)
    {
        RequireObject(value, path, $"an object with one {what}");
        JsonProperty? found = null;
        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            found ??= property;
            count++;
        }

        return count switch
        {
            0 => throw Error(path, $"expected one {what}, found an empty object"),
            1 => found!.Value,
            _ => throw Error(path, $"expected one {what}, found {count}: {string.Join(", ", value.EnumerateObject().Select(p => $"'{p.Name}'"))}"),
        };
    }

    public static QueryDslException UnknownProperty(string path, string name, string where, IEnumerable<string> allowed) =>
        Error(path, $"unknown property '{name}' in {where} (expected {string.Join(", ", allowed)})");

    /// A scalar as query text: strings as they are, numbers as written, booleans as "true"/"false"
    /// (Orchard Core indexes booleans that way).
    public static string ReadText(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw Error(path, $"expected a string, number or boolean, found {Describe(value.ValueKind)}"),
    };

    public static string ReadString(JsonElement value, string path) => value.ValueKind == JsonValueKind.String
        ? value.GetString()!
        : throw Error(path, $"expected a string, found {Describe(value.ValueKind)}");

    public static bool ReadBool(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
        _ => throw Error(path, $"expected true or false, found {Describe(value.ValueKind)}"),
    };

    /// An integer, also accepted as a string since requests are often rendered from Liquid templates.
    public static int ReadInt(JsonElement value, string path, int min, int max)
    {
        int result;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            result = number;
        }
        else if (value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            result = parsed;
        }
        else
        {
            throw Error(path, $"expected an integer, found {DescribeValue(value)}");
        }

        if (result < min || result > max)
        {
            throw Error(path, $"{result} is out of range: expected {min} to {max}");
        }

        return result;
    }

    public static float ReadBoost(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetSingle(out var boost) && float.IsFinite(boost) && boost >= 0)
        {
            return boost;
        }

        throw Error(path, $"boost must be a non-negative number, found {DescribeValue(value)}");
    }

    /// "title^2" → ("title", 2).
    public static (string Field, float Boost) SplitFieldBoost(string name, string path)
    {
        var caret = name.LastIndexOf('^');
        if (caret < 0)
        {
            return (RequireField(name, path), 1f);
        }

        var boostText = name[(caret + 1)..];
        if (!float.TryParse(boostText, NumberStyles.Float, CultureInfo.InvariantCulture, out var boost)
            || !float.IsFinite(boost) || boost < 0)
        {
            throw Error(path, $"invalid field boost '^{boostText}' in '{name}'");
        }

        return (RequireField(name[..caret], path), boost);
    }

    public static string DescribeValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{Truncate(value.GetString()!)}\"",
        JsonValueKind.Number => value.GetRawText(),
        _ => Describe(value.ValueKind),
    };

    private static string RequireField(string field, string path) =>
        string.IsNullOrWhiteSpace(field) ? throw Error(path, "field name is empty") : field;

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
