using Efus.Cms.Admin.Taxonomies;
using Efus.Cms.Admin.Types;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Metadata;
using System.Text.Json.Nodes;

namespace Efus.Cms.Admin.Tests.Structure;

/// <summary>The pure parts of the structure pages: name rules, number parsing, the term tree.</summary>
public sealed class DefinitionChangeTests
{
    private static readonly ContentDefinitions _definitions = ContentDefinitionJson.FromJson(JsonNode.Parse("""
        {"ContentTypes":[{"Name":"Sheet","DisplayName":"Fiche","ContentTypePartDefinitionRecords":[{"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"Sheet","Name":"Sheet"}]}],
         "ContentParts":[{"Name":"Sheet","ContentPartFieldDefinitionRecords":[{"FieldName":"TextField","Name":"City"},{"FieldName":"NumericField","Name":"Year"}]}]}
        """)!.AsObject());

    [Theory]
    [InlineData("Partner", true)]
    [InlineData("Partner_2", true)]
    [InlineData("_x", false)]
    [InlineData("Année", false)]
    [InlineData("class", false)]
    [InlineData("Published", false)]
    [InlineData("CITY", false)]
    [InlineData("sheet", false)]
    public void CheckField_AcceptsOnlyNewIdentifiers(string name, bool accepted) =>
        Assert.Equal(accepted, DefinitionNames.CheckField(name, _definitions.Part("Sheet"), _definitions.Type("Sheet")!) is null);

    [Theory]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("-12.25", -12.25)]
    [InlineData("", null)]
    public void TryNumber_ReadsFrenchAndPointDecimals(string text, double? expected)
    {
        Assert.True(ContentTypeChanges.TryNumber(text, out var value));
        Assert.Equal(expected is null ? null : (decimal)expected.Value, value);
    }

    [Fact]
    public void TryNumber_RefusesText() => Assert.False(ContentTypeChanges.TryNumber("deux", out _));

    [Fact]
    public void AddField_AddsTheTypeNamedPartWhenMissing()
    {
        var bare = _definitions.WithType(_definitions.Type("Sheet")! with { Name = "Bare", Parts = [new("TitlePart", "TitlePart", [])] });

        var change = ContentTypeChanges.AddField(bare, bare.Type("Bare")!, "TextField", "Note", null);

        Assert.Equal(["TitlePart", "Bare"], change.Definitions!.Type("Bare")!.Parts.Select(p => p.Name));
        Assert.Equal("Note", change.Definitions.Part("Bare")!.Fields.Single().DisplayName);
    }

    [Fact]
    public void TermTree_MoveAtTheEnds_AndUnknownTerms_AreRefused()
    {
        var taxonomy = new ContentItem { ContentItemId = "tax", ContentType = "Taxonomy" };
        taxonomy.GetOrCreatePart("AutoroutePart")["Path"] = "themes";
        var tree = new TermTree(taxonomy, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Null(tree.Add("Drones", out var drones));
        Assert.Null(tree.Add("Drônes bis", out _));
        Assert.Null(tree.Add("Drones-2", out _));

        Assert.NotNull(tree.Move(drones!, -1));
        Assert.NotNull(tree.Rename("inconnu", "X"));
        Assert.NotNull(tree.Add("Drones", out _));
        Assert.Equal(["themes/drones", "themes/drones-bis", "themes/drones-2"], TermTree.Rows(taxonomy).Select(r => r.Path));
        Assert.Null(tree.Add("drones 2", out _));
        Assert.Equal("themes/drones-2-2", TermTree.Rows(taxonomy)[^1].Path);
    }
}
