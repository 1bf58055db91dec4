using System.Text.Json;
using System.Text.Json.Nodes;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// The shapes the search steps write for the search engine to act on (Recipes does not know the engine):
/// "LuceneIndexSettings" is <c>{ "IndexName": {AnalyzerName, IndexLatest, IndexedContentTypes, Culture, StoreSourceData} }</c>,
/// "LuceneIndexRequests" is <c>{ "Rebuild": [index names], "Reset": [index names] }</c>, pending until the engine clears them.
/// </summary>
public static class LuceneDocuments
{
    public const string Requests = Core.Storage.DocumentNames.LuceneIndexRequests;

    public const string Rebuild = "Rebuild";

    public const string Reset = "Reset";

    /// <summary>Orchard's LuceneIndexSettings with its defaults filled in; unknown keys are kept after the known ones.</summary>
    internal static JsonObject IndexSettings(JsonObject json, string path)
    {
        var settings = new JsonObject
        {
            ["AnalyzerName"] = RecipeStepContext.StringOf(json, "AnalyzerName", path) ?? "standardanalyzer",
            ["IndexLatest"] = RecipeStepContext.BoolOf(json, "IndexLatest", path) ?? false,
            ["IndexedContentTypes"] = new JsonArray([.. ContentTypes(json, path).Select(t => (JsonNode)JsonValue.Create(t))]),
            ["Culture"] = RecipeStepContext.StringOf(json, "Culture", path) ?? "any",
            ["StoreSourceData"] = RecipeStepContext.BoolOf(json, "StoreSourceData", path) ?? false,
        };
        foreach (var (key, value) in json)
        {
            if (!settings.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                settings[key] = value?.DeepClone();
            }
        }

        return settings;
    }

    private static List<string> ContentTypes(JsonObject json, string path)
    {
        var (value, typesPath) = RecipeStepContext.PropertyOf(json, "IndexedContentTypes", path);
        return value switch
        {
            null => [],
            JsonArray array when array.All(t => t is JsonValue v && v.TryGetValue<string>(out _)) => [.. array.Select(t => t!.GetValue<string>())],
            _ => throw new RecipeStepException(typesPath, $"'IndexedContentTypes' must be an array of content type names, found {value.GetValueKind()}"),
        };
    }

    /// <summary>Adds index names to the pending "Rebuild" or "Reset" list (kept sorted, without duplicates).</summary>
    internal static void AddRequests(JsonObject requests, string kind, IEnumerable<string> indexNames)
    {
        var names = requests[kind] is JsonArray existing
            ? existing.Where(n => n?.GetValueKind() == JsonValueKind.String).Select(n => n!.GetValue<string>()).ToList()
            : [];
        names.AddRange(indexNames);
        requests[kind] = new JsonArray([.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(n => (JsonNode)JsonValue.Create(n))]);
    }
}
