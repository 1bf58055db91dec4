using System.Text.Json;

namespace Efus.Cms.DataGenerator.Tests;

internal static class JsonElementExtensions
{
    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    public static string ContentType(this JsonElement item) => item.Str("ContentType");

    public static string Culture(this JsonElement item) => item.GetProperty("LocalizationPart").Str("Culture");

    public static JsonElement TypePart(this JsonElement item) => item.GetProperty(item.ContentType());

    public static string[] Ids(this JsonElement field, string name) =>
        [.. field.GetProperty(name).EnumerateArray().Select(id => id.GetString()!)];
}
