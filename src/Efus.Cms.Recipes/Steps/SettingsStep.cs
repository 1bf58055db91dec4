using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Orchard's <c>settings</c> step: known site properties (<see cref="SiteSettingsKeys.Known"/>) are set on
/// the "Site" document; any other key is stored verbatim as a named settings object under
/// <c>Properties</c>. Each key replaces its previous value; keys the step does not mention are kept.
/// </summary>
public sealed class SettingsStep(IDocumentStore documents) : IRecipeStep
{
    public string Name => "settings";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var site = await documents.GetAsync(DocumentNames.Site, context.CancellationToken) ?? [];
        foreach (var (key, value) in context.Step)
        {
            if (string.Equals(key, "name", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (SiteSettingsKeys.Canonical(key) is { } canonical)
            {
                site[canonical] = value?.DeepClone();
                continue;
            }

            if (site[SiteSettingsKeys.Properties] is not JsonObject properties)
            {
                properties = [];
                site[SiteSettingsKeys.Properties] = properties;
            }

            properties[key] = value?.DeepClone();
        }

        await documents.SaveAsync(DocumentNames.Site, site, context.CancellationToken);
    }
}
