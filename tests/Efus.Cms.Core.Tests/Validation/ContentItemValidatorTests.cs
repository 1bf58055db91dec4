using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Validation;

namespace Efus.Cms.Core.Tests.Validation;

public sealed class ContentItemValidatorTests
{
    private static readonly ContentDefinitions _definitions = ContentDefinitionJson.FromJson((JsonObject)JsonNode.Parse("""
        {"ContentTypes":[
           {"Name":"Project","DisplayName":"Projet","Settings":{},"ContentTypePartDefinitionRecords":[
             {"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"AutoroutePart","Name":"AutoroutePart"},{"PartName":"Project","Name":"Project"},
             {"PartName":"BagPart","Name":"Sessions","Settings":{"BagPartSettings":{"ContainedContentTypes":["Session"]}}}]},
           {"Name":"Session","DisplayName":"Session","Settings":{},"ContentTypePartDefinitionRecords":[{"PartName":"Session","Name":"Session"}]}],
         "ContentParts":[
           {"Name":"Project","ContentPartFieldDefinitionRecords":[
             {"FieldName":"NumericField","Name":"StartYear","Settings":{"ContentPartFieldSettings":{"DisplayName":"Début"},"NumericFieldSettings":{"Minimum":1900,"Maximum":2100}}},
             {"FieldName":"TextField","Name":"Acronym","Settings":{"ContentPartFieldSettings":{"DisplayName":"Acronyme"},"TextFieldSettings":{"Required":true}}},
             {"FieldName":"LinkField","Name":"Website"},
             {"FieldName":"ContentPickerField","Name":"Publications"}]},
           {"Name":"Session","ContentPartFieldDefinitionRecords":[{"FieldName":"HtmlField","Name":"Summary"}]}]}
        """)!);

    private static ContentItem Project(string partJson) => ContentItemJson.Parse(
        $$"""{"ContentItemId":"p1","ContentType":"Project","TitlePart":{"Title":"PRoTECT"},"Project":{{partJson}}}""");

    private static List<ValidationError> Validate(ContentItem item) => ContentItemValidator.ValidateShape(item, _definitions, "");

    [Fact]
    public void ValidateShape_ValidItem_HasNoErrors() =>
        Assert.Empty(Validate(Project("""{"Acronym":{"Text":"PRoTECT"},"StartYear":{"Value":2018},"Website":{"Url":"https://efus.eu","Text":"Efus"},"Publications":{"ContentItemIds":["a"]}}""")));

    [Fact]
    public void ValidateShape_NumberAsString_NamesTheField()
    {
        var errors = Validate(Project("""{"Acronym":{"Text":"X"},"StartYear":{"Value":"2018"}}"""));

        var error = Assert.Single(errors);
        Assert.Equal("Project.StartYear", error.Field);
        Assert.Contains("must be a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateShape_NumberOutOfBounds_Refused() =>
        Assert.Contains(Validate(Project("""{"Acronym":{"Text":"X"},"StartYear":{"Value":1492}}""")), e => e.Message.Contains("below the minimum 1900", StringComparison.Ordinal));

    [Fact]
    public void ValidateShape_MissingRequiredText_NamesItsDisplayName() =>
        Assert.Contains(Validate(Project("{}")), e => e is { Field: "Project.Acronym", Message: "Acronyme is required" });

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example")]
    [InlineData("pas une adresse")]
    public void ValidateShape_BadLink_Refused(string url) =>
        Assert.Contains(Validate(Project($$$"""{"Acronym":{"Text":"X"},"Website":{"Url":"{{{url}}}"}}""")), e => e.Field == "Project.Website");

    [Fact]
    public void ValidateShape_FieldNotAnObject_Refused() =>
        Assert.Contains(Validate(Project("""{"Acronym":"PRoTECT"}""")), e => e.Field == "Project.Acronym" && e.Message.Contains("\"Text\"", StringComparison.Ordinal));

    [Fact]
    public void ValidateShape_UndefinedType_NamesTheType()
    {
        var error = Assert.Single(Validate(ContentItemJson.Parse("""{"ContentItemId":"x","ContentType":"Unicorn"}""")));

        Assert.Equal("the content type 'Unicorn' is not defined", error.Message);
    }

    [Fact]
    public void ValidateShape_BagItemOfWrongTypeOrShape_NamesItsIndex()
    {
        var item = ContentItemJson.Parse("""
            {"ContentItemId":"p1","ContentType":"Project","Project":{"Acronym":{"Text":"X"}},"Sessions":{"ContentItems":[
              {"ContentItemId":"s1","ContentType":"Session","Session":{"Summary":{"Html":42}}},
              {"ContentItemId":"s2","ContentType":"Project"}]}}
            """);

        var errors = Validate(item);

        Assert.Contains(errors, e => e.Field == "Sessions.ContentItems[0].Session.Summary");
        Assert.Contains(errors, e => e.Field == "Sessions.ContentItems[1].ContentType");
    }

    [Fact]
    public void ValidateShape_TraversalPath_Refused()
    {
        var item = Project("""{"Acronym":{"Text":"X"}}""");
        item.GetOrCreatePart("AutoroutePart")["Path"] = "../etc/passwd";

        Assert.Contains(Validate(item), e => e.Field == "AutoroutePart.Path");
    }
}
