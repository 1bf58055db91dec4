using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Content;

public static class JsonObjectExtensions
{
    /// <summary>Orchard matches recipe property names case-insensitively; content-item properties are not.</summary>
    public static JsonNode? GetIgnoreCase(this JsonObject json, string name)
    {
        if (json.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in json)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
