using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Metadata;

/// <summary>Reads Orchard settings, which are namespaced by settings class name and sometimes stringly typed.</summary>
public static class SettingsExtensions
{
    public static JsonNode? Setting(this JsonObject settings, string group, string key) =>
        settings[group] is JsonObject g ? g[key] : null;

    public static bool? AsBool(this JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => null,
    };

    public static decimal? AsDecimal(this JsonNode? node) => node switch
    {
        // A parsed number converts to decimal; a value built in code keeps its CLR type (long, int, double).
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<double>(out var f) && Math.Abs(f) <= (double)decimal.MaxValue => (decimal)f,
        JsonValue v when v.TryGetValue<string>(out var s)
            && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static string? AsString(this JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static IReadOnlyList<string> AsStrings(this JsonNode? node) =>
        node is JsonArray a ? a.Select(x => x.AsString()).OfType<string>().ToList() : [];

    /// <summary>Deep-merges <paramref name="source"/> into <paramref name="target"/> (objects merge, the rest replaces).</summary>
    public static void MergeFrom(this JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject sourceObject && target[key] is JsonObject targetObject)
            {
                targetObject.MergeFrom(sourceObject);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
