using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Content;

/// <summary>
/// Reads and writes content items exactly as Orchard Core's ContentItemConverter does: the common
/// properties first, in a fixed order and case-sensitive, then the parts. Unknown scalar
/// top-level properties are dropped; unknown objects and arrays are kept as parts.
/// </summary>
public static class ContentItemJson
{
    public const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    private static readonly HashSet<string> _commonProperties =
    [
        nameof(ContentItem.ContentItemId), nameof(ContentItem.ContentItemVersionId), nameof(ContentItem.ContentType),
        nameof(ContentItem.DisplayText), nameof(ContentItem.Latest), nameof(ContentItem.Published),
        nameof(ContentItem.ModifiedUtc), nameof(ContentItem.PublishedUtc), nameof(ContentItem.CreatedUtc),
        nameof(ContentItem.Owner), nameof(ContentItem.Author),
    ];

    public static JsonSerializerOptions WriteOptions { get; } = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject ToJson(ContentItem item)
    {
        var json = new JsonObject
        {
            [nameof(ContentItem.ContentItemId)] = item.ContentItemId,
            [nameof(ContentItem.ContentItemVersionId)] = item.ContentItemVersionId,
            [nameof(ContentItem.ContentType)] = item.ContentType,
            [nameof(ContentItem.DisplayText)] = item.DisplayText,
            [nameof(ContentItem.Latest)] = item.Latest,
            [nameof(ContentItem.Published)] = item.Published,
            [nameof(ContentItem.ModifiedUtc)] = FormatDate(item.ModifiedUtc),
            [nameof(ContentItem.PublishedUtc)] = FormatDate(item.PublishedUtc),
            [nameof(ContentItem.CreatedUtc)] = FormatDate(item.CreatedUtc),
            [nameof(ContentItem.Owner)] = item.Owner,
            [nameof(ContentItem.Author)] = item.Author,
        };
        foreach (var (name, part) in item.Parts)
        {
            json[name] = part?.DeepClone();
        }

        return json;
    }

    public static string Serialize(ContentItem item) => ToJson(item).ToJsonString(WriteOptions);

    public static ContentItem Parse(string json) =>
        FromJson(JsonNode.Parse(json) as JsonObject ?? throw new ContentJsonException("$", "a content item must be a JSON object"));

    /// <summary>Builds a content item from Orchard JSON; the path names the item in error messages.</summary>
    public static ContentItem FromJson(JsonObject json, string path = "$")
    {
        var item = new ContentItem
        {
            ContentItemId = ReadString(json, nameof(ContentItem.ContentItemId), path) ?? "",
            ContentItemVersionId = ReadString(json, nameof(ContentItem.ContentItemVersionId), path) ?? "",
            ContentType = ReadString(json, nameof(ContentItem.ContentType), path) ?? "",
            DisplayText = ReadString(json, nameof(ContentItem.DisplayText), path),
            Latest = ReadBool(json, nameof(ContentItem.Latest), path),
            Published = ReadBool(json, nameof(ContentItem.Published), path),
            ModifiedUtc = ReadDate(json, nameof(ContentItem.ModifiedUtc), path),
            PublishedUtc = ReadDate(json, nameof(ContentItem.PublishedUtc), path),
            CreatedUtc = ReadDate(json, nameof(ContentItem.CreatedUtc), path),
            Owner = ReadString(json, nameof(ContentItem.Owner), path),
            Author = ReadString(json, nameof(ContentItem.Author), path),
        };
        foreach (var (name, value) in json)
        {
            if (!_commonProperties.Contains(name) && value is JsonObject or JsonArray)
            {
                item.Parts[name] = value.DeepClone();
            }
        }

        return item;
    }

    public static string? FormatDate(DateTime? value) =>
        value?.ToUniversalTime().ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string? ReadString(JsonObject json, string name, string path) => json[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => throw new ContentJsonException($"{path}.{name}", $"expected a string, found {other.GetValueKind()}"),
    };

    private static bool ReadBool(JsonObject json, string name, string path) => json[name] switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        var other => throw new ContentJsonException($"{path}.{name}", $"expected true or false, found {other.GetValueKind()}"),
    };

    private static DateTime? ReadDate(JsonObject json, string name, string path)
    {
        var text = ReadString(json, name, path);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            throw new ContentJsonException($"{path}.{name}", $"'{text}' is not a date");
        }

        return DateTime.SpecifyKind(date, DateTimeKind.Utc);
    }
}
