using System.Text.Json.Nodes;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// Types that Orchard's module migrations define when a feature is enabled (Menu for OrchardCore.Menu,
/// Taxonomy for OrchardCore.Taxonomies), which Orchard recipes then use without defining. Efus runs no
/// migrations: the content step defines such a type when an item needs it, the type is missing and its
/// feature is enabled. A recipe that defines the type itself (as Efus's does) keeps its own definition.
/// </summary>
internal static class OrchardModuleTypes
{
    private static readonly (string Feature, string Type, string Json)[] _types =
    [
        ("OrchardCore.Menu", "Menu", """
            {"Name":"Menu","DisplayName":"Menu","Settings":{"ContentTypeSettings":{"Stereotype":"Menu"}},"ContentTypePartDefinitionRecords":[
              {"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"AliasPart","Name":"AliasPart"},
              {"PartName":"MenuPart","Name":"MenuPart"},{"PartName":"MenuItemsListPart","Name":"MenuItemsListPart"}]}
            """),
        ("OrchardCore.Taxonomies", "Taxonomy", """
            {"Name":"Taxonomy","DisplayName":"Taxonomy","Settings":{"ContentTypeSettings":{"Creatable":true,"Listable":true}},"ContentTypePartDefinitionRecords":[
              {"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"AliasPart","Name":"AliasPart"},
              {"PartName":"AutoroutePart","Name":"AutoroutePart","Settings":{"AutoroutePartSettings":{"Pattern":"{{ Model.ContentItem | display_text | slugify }}","AllowRouteContainedItems":true}}},
              {"PartName":"TaxonomyPart","Name":"TaxonomyPart"}]}
            """),
    ];

    /// <summary>Defines the module types among <paramref name="contentTypes"/> that are missing and whose feature is enabled.</summary>
    public static async Task DefineMissingAsync(IContentDefinitionManager definitions, IDocumentStore documents, IEnumerable<string> contentTypes, RecipeStepContext context)
    {
        var wanted = _types.Where(t => contentTypes.Contains(t.Type, StringComparer.Ordinal)).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var current = await definitions.GetAsync(context.CancellationToken);
        var features = await documents.GetAsync(DocumentNames.Features, context.CancellationToken);
        var enabled = (features?[FeatureStep.Enabled] as JsonArray ?? []).Select(id => id?.ToString()).ToHashSet(StringComparer.Ordinal);
        var missing = wanted.Where(t => current.Type(t.Type) is null && enabled.Contains(t.Feature)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var step = new JsonObject { ["ContentTypes"] = new JsonArray([.. missing.Select(t => JsonNode.Parse(t.Json))]) };
        await definitions.SaveAsync(ContentDefinitionJson.Merge(current, step, replace: false, context.JsonPath), context.CancellationToken);
        foreach (var (feature, type, _) in missing)
        {
            context.AddWarning($"defined the type '{type}' as Orchard's {feature} module does (the recipe uses it without defining it)");
        }
    }
}
