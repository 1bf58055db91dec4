using Efus.Cms.Recipes.Tests.Infrastructure;
using static Efus.Cms.Recipes.Tests.Execution.RecipeExecutorTests;

namespace Efus.Cms.Recipes.Tests.Steps;

public sealed class ContentDefinitionStepTests
{
    private const string Extra = """
        {"name":"ContentDefinition","ContentTypes":[{"Name":"Sheet","DisplayName":"Fiche de pratique",
          "Settings":{"ContentTypeSettings":{"Creatable":false}},
          "ContentTypePartDefinitionRecords":[{"PartName":"LocalizationPart","Name":"LocalizationPart"}]}]}
        """;

    [Fact]
    public async Task ContentDefinition_ExistingType_IsMerged()
    {
        await using var site = new TestSite();

        await site.RunJsonAsync(Recipe(Definitions, Extra));

        var sheet = (await site.DefinitionsAsync()).Type("Sheet")!;
        Assert.Equal("Fiche de pratique", sheet.DisplayName);
        Assert.Equal(["TitlePart", "AutoroutePart", "Sheet", "LocalizationPart"], sheet.Parts.Select(p => p.Name));
        Assert.False(sheet.TypeSettings.Creatable);
        Assert.True(sheet.TypeSettings.Draftable);
    }

    [Fact]
    public async Task ReplaceContentDefinition_ExistingType_IsReplacedWhole()
    {
        await using var site = new TestSite();

        await site.RunJsonAsync(Recipe(Definitions, Extra.Replace("\"ContentDefinition\"", "\"ReplaceContentDefinition\"", StringComparison.Ordinal)));

        var sheet = (await site.DefinitionsAsync()).Type("Sheet")!;
        Assert.Equal(["LocalizationPart"], sheet.Parts.Select(p => p.Name));
        Assert.False(sheet.TypeSettings.Draftable);
    }

    [Fact]
    public async Task DeleteContentDefinition_RemovesNamedTypesAndParts()
    {
        await using var site = new TestSite();

        var result = await site.RunJsonAsync(Recipe(Definitions, """{"name":"DeleteContentDefinition","ContentTypes":["Sheet","Ghost"],"ContentParts":["Sheet"]}"""));

        var definitions = await site.DefinitionsAsync();
        Assert.Empty(definitions.Types);
        Assert.Empty(definitions.Parts);
        Assert.Equal(["step 2 'DeleteContentDefinition': content type 'Ghost' does not exist, nothing to delete"], result.Warnings);
    }

    [Fact]
    public async Task ContentDefinition_LegacyContentIndexSettings_AreRenamedAsOrchardDoes()
    {
        await using var site = new TestSite();

        await site.RunJsonAsync(Recipe("""
            {"name":"ContentDefinition",
             "ContentTypes":[{"Name":"Page","ContentTypePartDefinitionRecords":[{"PartName":"HtmlBodyPart","Name":"HtmlBodyPart","Settings":{"ContentIndexSettings":{"Included":true}}}]}],
             "ContentParts":[{"Name":"Page","ContentPartFieldDefinitionRecords":[{"FieldName":"TextField","Name":"Lead","Settings":{"ContentIndexSettings":{"Stored":true}}}]}]}
            """));

        var definitions = await site.DefinitionsAsync();
        Assert.Equal("""{"LuceneContentIndexSettings":{"Included":true}}""", definitions.Type("Page")!.Part("HtmlBodyPart")!.Settings.ToJsonString());
        Assert.Equal("""{"LuceneContentIndexSettings":{"Stored":true}}""", definitions.Part("Page")!.Fields[0].Settings.ToJsonString());
    }

    [Fact]
    public async Task ContentDefinition_FieldWithoutFieldName_IsRefusedWithThePath()
    {
        await using var site = new TestSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe(
            """{"name":"ContentDefinition","ContentParts":[{"Name":"Sheet","ContentPartFieldDefinitionRecords":[{"Name":"Year"}]}]}""")));

        Assert.Equal("test.recipe.json: step 1 'ContentDefinition': $.steps[0].ContentParts[0].ContentPartFieldDefinitionRecords[0].FieldName: 'FieldName' is required", error.Message);
    }

    [Fact]
    public async Task Export_Definitions_AreTheRecipesDefinitions()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(Definitions));

        var export = Readers.Default.Parse(await site.ExportAsync(), "export.recipe.json");

        var step = export.Steps.Single(s => s.Name == "ContentDefinition").Json;
        Assert.Equal("Sheet", step["ContentTypes"]![0]!["Name"]!.GetValue<string>());
        Assert.Equal("""[{"FieldName":"NumericField","Name":"Year","Settings":{}},{"FieldName":"TextField","Name":"City","Settings":{}}]""",
            step["ContentParts"]![0]!["ContentPartFieldDefinitionRecords"]!.ToJsonString());
    }
}
