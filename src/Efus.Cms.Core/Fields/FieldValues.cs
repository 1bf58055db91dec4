using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Core.Fields;

/// <summary>
/// The one reading of a field's stored JSON (<c>{"Value": …}</c>, <c>{"ContentItemIds": […]}</c>…), shared by
/// the field index, the search documents and GraphQL so that a value means the same thing everywhere.
/// </summary>
public static class FieldValues
{
    /// <summary>A Numeric field's value; null when absent, not a number, or beyond decimal's range.</summary>
    public static decimal? Number(JsonNode? field) => ValueOf(field) switch
    {
        // Read from the JSON text: works whatever CLR value backs the node (parsed, or built in code).
        JsonValue v when v.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s)
            && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    /// <summary>A Boolean field's value (a JSON boolean or the strings "true"/"false").</summary>
    public static bool? Flag(JsonNode? field) => ValueOf(field).AsBool();

    /// <summary>A Date or DateTime field's value as UTC; Orchard stores ISO 8601 text, code may store a DateTime.</summary>
    public static DateTime? Date(JsonNode? field)
    {
        if (ValueOf(field) is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<DateTime>(out var date))
        {
            return date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        return value.TryGetValue<string>(out var text)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                ? DateTime.SpecifyKind(parsed, DateTimeKind.Utc)
                : null;
    }

    /// <summary>The non-empty strings of an array property (<c>ContentItemIds</c>, <c>TermContentItemIds</c>, <c>Paths</c>, <c>Values</c>…).</summary>
    public static IEnumerable<string> Strings(JsonNode? field, string property) =>
        field is JsonObject o ? o[property].AsStrings().Where(s => !string.IsNullOrEmpty(s)) : [];

    private static JsonNode? ValueOf(JsonNode? field) => (field as JsonObject)?["Value"];
}
