using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>feature</c> step (<c>{"disable": [ids], "enable": [ids]}</c>): records the ids in the
/// "Features" document as <c>{"Enabled": [...], "Disabled": [...]}</c> (sorted), disabling first as
/// Orchard does. Ids outside <see cref="KnownFeatures"/> are recorded with a warning.
/// </summary>
public sealed class FeatureStep(IDocumentStore documents) : IRecipeStep
{
    public const string Enabled = "Enabled";

    public const string Disabled = "Disabled";

    public string Name => "feature";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var disable = context.Strings("disable");
        var enable = context.Strings("enable");
        var document = await documents.GetAsync(DocumentNames.Features, context.CancellationToken) ?? [];
        var enabled = Ids(document, Enabled);
        var disabled = Ids(document, Disabled);
        foreach (var id in disable)
        {
            enabled.Remove(id);
            disabled.Add(id);
        }

        foreach (var id in enable)
        {
            disabled.Remove(id);
            enabled.Add(id);
        }

        foreach (var id in disable.Concat(enable).Distinct(StringComparer.Ordinal).Where(id => !KnownFeatures.IsKnown(id)))
        {
            context.AddWarning($"unknown feature '{id}' recorded; Efus.Cms does not know it (is the id spelled as in Orchard Core?)");
        }

        document[Enabled] = ToArray(enabled);
        document[Disabled] = ToArray(disabled);
        await documents.SaveAsync(DocumentNames.Features, document, context.CancellationToken);
    }

    private static SortedSet<string> Ids(JsonObject document, string key) =>
        new(document[key] is JsonArray array ? array.Select(x => x?.GetValue<string>()).OfType<string>() : [], StringComparer.Ordinal);

    private static JsonArray ToArray(IEnumerable<string> ids) => new([.. ids.Select(id => (JsonNode)JsonValue.Create(id))]);
}
