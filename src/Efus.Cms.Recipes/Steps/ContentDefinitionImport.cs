using System.Text.Json.Nodes;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Recipes.Steps;

/// <summary>What the ContentDefinition and ReplaceContentDefinition steps share.</summary>
internal static class ContentDefinitionImport
{
    public static async Task ApplyAsync(IContentDefinitionManager definitions, RecipeStepContext context, bool replace)
    {
        RenameLegacySettings(context.Step);
        var current = await definitions.GetAsync(context.CancellationToken);
        var updated = ContentDefinitionJson.Merge(current, context.Step, replace, context.JsonPath);
        foreach (var type in updated.Types.Values.Where(t => current.Type(t.Name) is not { } before || !Same(ContentDefinitionJson.TypeToJson(before), ContentDefinitionJson.TypeToJson(t))))
        {
            context.AddDefinitionChanged("type", type.Name);
        }

        foreach (var part in updated.Parts.Values.Where(p => current.Part(p.Name) is not { } before || !Same(ContentDefinitionJson.PartToJson(before), ContentDefinitionJson.PartToJson(p))))
        {
            context.AddDefinitionChanged("part", part.Name);
        }

        await definitions.SaveAsync(updated, context.CancellationToken);
    }

    private static bool Same(JsonNode a, JsonNode b) => JsonNode.DeepEquals(a, b);

    /// <summary>Orchard renames the pre-1.0 <c>ContentIndexSettings</c> of parts and fields to <c>LuceneContentIndexSettings</c> on import.</summary>
    private static void RenameLegacySettings(JsonObject step)
    {
        foreach (var (recordsKey, listKey) in new[] { ("ContentTypePartDefinitionRecords", "ContentTypes"), ("ContentPartFieldDefinitionRecords", "ContentParts") })
        {
            if (RecipeStepContext.PropertyOf(step, listKey, "$").Value is not JsonArray definitions)
            {
                continue;
            }

            foreach (var definition in definitions.OfType<JsonObject>())
            {
                if (RecipeStepContext.PropertyOf(definition, recordsKey, "$").Value is not JsonArray records)
                {
                    continue;
                }

                foreach (var record in records.OfType<JsonObject>())
                {
                    if (RecipeStepContext.PropertyOf(record, "Settings", "$").Value is JsonObject settings
                        && settings["ContentIndexSettings"] is { } legacy
                        && !settings.ContainsKey("LuceneContentIndexSettings"))
                    {
                        settings.Remove("ContentIndexSettings");
                        settings["LuceneContentIndexSettings"] = legacy;
                    }
                }
            }
        }
    }
}
