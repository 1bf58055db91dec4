using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Core.Tests.Metadata;

public sealed class ContentDefinitionJsonTests
{
    private static JsonObject Step(string json) => (JsonObject)JsonNode.Parse(json)!;

    [Fact]
    public void Merge_ExistingType_KeepsUnmentionedPartsAndMergesSettings()
    {
        var first = ContentDefinitionJson.Merge(ContentDefinitions.Empty, Step("""
            {"ContentTypes":[{"Name":"Article","DisplayName":"Article","Settings":{"ContentTypeSettings":{"Creatable":true}},
              "ContentTypePartDefinitionRecords":[{"PartName":"TitlePart","Name":"TitlePart","Settings":{}}]}]}
            """), replace: false, "$");

        var merged = ContentDefinitionJson.Merge(first, Step("""
            {"contentTypes":[{"name":"Article","displayName":"Article de fond","settings":{"ContentTypeSettings":{"Listable":true}},
              "contentTypePartDefinitionRecords":[{"partName":"HtmlBodyPart","name":"HtmlBodyPart"}]}]}
            """), replace: false, "$");

        var type = merged.Type("Article")!;
        Assert.Equal("Article de fond", type.DisplayName);
        Assert.Equal(["TitlePart", "HtmlBodyPart"], type.Parts.Select(p => p.Name));
        Assert.True(type.TypeSettings.Creatable);
        Assert.True(type.TypeSettings.Listable);
    }

    [Fact]
    public void Merge_Replace_DropsWhatTheStepDoesNotList()
    {
        var first = ContentDefinitionJson.Merge(ContentDefinitions.Empty, Step("""
            {"ContentParts":[{"Name":"Product","ContentPartFieldDefinitionRecords":[{"FieldName":"TextField","Name":"Sku"},{"FieldName":"NumericField","Name":"Price"}]}]}
            """), replace: false, "$");

        var replaced = ContentDefinitionJson.Merge(first, Step("""
            {"ContentParts":[{"Name":"Product","ContentPartFieldDefinitionRecords":[{"FieldName":"TextField","Name":"Sku"}]}]}
            """), replace: true, "$");

        Assert.Equal(["Sku"], replaced.Part("Product")!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Merge_PartRecordWithoutPartName_GivesOrchardsMessage()
    {
        var error = Assert.Throws<ContentJsonException>(() => ContentDefinitionJson.Merge(ContentDefinitions.Empty, Step("""
            {"ContentTypes":[{"Name":"Foo","ContentTypePartDefinitionRecords":[{"Name":"Bar"}]}]}
            """), replace: false, "$.steps[0]"));

        Assert.Contains("Unable to add content-part to the 'Foo' content-type. The part name cannot be null or empty.", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.steps[0].ContentTypes[0].ContentTypePartDefinitionRecords[0]", error.JsonPath);
    }

    [Fact]
    public void ToJson_ThenFromJson_GivesEqualDefinitions()
    {
        var definitions = ContentDefinitionJson.Merge(ContentDefinitions.Empty, Step("""
            {"ContentTypes":[{"Name":"Article","DisplayName":"Article","Settings":{},"ContentTypePartDefinitionRecords":[{"PartName":"BagPart","Name":"Sessions","Settings":{"BagPartSettings":{"ContainedContentTypes":["Session"]}}}]}],
             "ContentParts":[{"Name":"Article","Settings":{},"ContentPartFieldDefinitionRecords":[{"FieldName":"NumericField","Name":"Year","Settings":{"NumericFieldSettings":{"Minimum":1900}}}]}]}
            """), replace: false, "$");

        var json = ContentDefinitionJson.ToJson(definitions);
        var again = ContentDefinitionJson.ToJson(ContentDefinitionJson.FromJson(json));

        Assert.True(JsonNode.DeepEquals(json, again));
        Assert.Equal("Sessions", definitions.Type("Article")!.Parts[0].Name);
        Assert.Equal("BagPart", definitions.Type("Article")!.Parts[0].PartName);
    }
}
