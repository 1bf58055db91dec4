using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard Core 3's provider-agnostic replacement of <c>lucene-index</c>: <c>indexes</c> is an array of
/// <c>{Name, IndexName, ProviderName, Type, Properties:{ContentIndexMetadata:{…}, LuceneIndexMetadata:{…}}}</c>.
/// Lucene content indexes are created or updated in the "LuceneIndexSettings" document; other providers
/// and sources are skipped with a warning.
/// </summary>
public sealed class CreateOrUpdateIndexProfileStep(IDocumentStore documents) : IRecipeStep
{
    public string Name => "CreateOrUpdateIndexProfile";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var indexes = context.Array("indexes", out var indexesPath)
            ?? throw new RecipeStepException(indexesPath, "a CreateOrUpdateIndexProfile step needs an 'indexes' array");
        var document = await documents.GetAsync(DocumentNames.LuceneIndexSettings, context.CancellationToken) ?? [];
        for (var i = 0; i < indexes.Count; i++)
        {
            var path = JsonPaths.Index(indexesPath, i);
            if (indexes[i] is not JsonObject profile)
            {
                throw new RecipeStepException(path, "an index profile must be an object");
            }

            var name = RecipeStepContext.StringOf(profile, "Name", path) ?? RecipeStepContext.StringOf(profile, "IndexName", path);
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeStepException(JsonPaths.Property(path, "Name"), "an index profile needs a 'Name'");
            }

            var provider = RecipeStepContext.StringOf(profile, "ProviderName", path) ?? "Lucene";
            var source = RecipeStepContext.StringOf(profile, "Type", path) ?? "Content";
            if (!provider.Equals("Lucene", StringComparison.OrdinalIgnoreCase) || !source.Equals("Content", StringComparison.OrdinalIgnoreCase))
            {
                context.AddWarning($"index '{name}' skipped: only Lucene content indexes are supported (found provider '{provider}', type '{source}')");
                continue;
            }

            var (properties, propertiesPath) = RecipeStepContext.PropertyOf(profile, "Properties", path);
            var content = Metadata(properties, "ContentIndexMetadata", propertiesPath);
            var lucene = Metadata(properties, "LuceneIndexMetadata", propertiesPath);
            var flat = new JsonObject();
            foreach (var (key, value) in content.Concat(lucene))
            {
                flat[key] = value?.DeepClone();
            }

            document[name] = LuceneDocuments.IndexSettings(flat, propertiesPath);
        }

        await documents.SaveAsync(DocumentNames.LuceneIndexSettings, document, context.CancellationToken);
    }

    private static JsonObject Metadata(JsonNode? properties, string name, string path) =>
        properties is JsonObject json && RecipeStepContext.PropertyOf(json, name, path).Value is JsonObject metadata ? metadata : [];
}
