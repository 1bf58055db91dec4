using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;

namespace Efus.Cms.Core.Tests.Content;

public sealed class ContentItemJsonTests
{
    private const string OrchardItem = """
        {"ContentItemId":"4b8d0xvyzgw1c2cbbd8sax5e5s","ContentItemVersionId":"4x6jbm5h4yv3dq0v0s1dpv8f1b","ContentType":"BlogPost","DisplayText":"Man must explore","Latest":true,"Published":true,"ModifiedUtc":"2019-11-21T19:49:43.7385051Z","PublishedUtc":"2019-11-21T19:49:43.7571556Z","CreatedUtc":"2019-11-21T19:49:43.6789141Z","Owner":"admin","Author":"admin","BlogPost":{"Subtitle":{"Text":"Problems look mighty small"},"Image":{"Paths":["post-bg.jpg"],"MediaTexts":[""]}},"TitlePart":{"Title":"Man must explore"}}
        """;

    [Fact]
    public void Serialize_OrchardItem_WritesSameJson()
    {
        var item = ContentItemJson.Parse(OrchardItem);

        var json = ContentItemJson.Serialize(item);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(OrchardItem), JsonNode.Parse(json)));
        Assert.Equal(OrchardItem.Trim(), json);
    }

    [Fact]
    public void Parse_UnknownScalarTopLevelProperty_IsDropped()
    {
        var item = ContentItemJson.Parse("""{"ContentItemId":"a","ContentType":"Article","Displaytext":"typo","Extra":{"x":1}}""");

        var json = ContentItemJson.ToJson(item);

        Assert.False(json.ContainsKey("Displaytext"));
        Assert.True(json.ContainsKey("Extra"));
        Assert.Null(item.DisplayText);
    }

    [Fact]
    public void Parse_WrongShape_NamesTheProperty()
    {
        var error = Assert.Throws<ContentJsonException>(() => ContentItemJson.Parse("""{"ContentItemId":"a","Latest":"yes"}"""));

        Assert.Equal("$.Latest", error.JsonPath);
    }

    [Fact]
    public void Parse_DatesWithoutFraction_RoundTripUnchanged()
    {
        var item = ContentItemJson.Parse("""{"ContentItemId":"a","CreatedUtc":"2026-01-01T00:00:00Z"}""");

        Assert.Equal(DateTimeKind.Utc, item.CreatedUtc!.Value.Kind);
        Assert.Equal("2026-01-01T00:00:00Z", ContentItemJson.ToJson(item)["CreatedUtc"]!.GetValue<string>());
    }

    [Fact]
    public void NewId_Always_Is26LowercaseBase32Characters()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => IdGenerator.NewId()).ToList();

        Assert.All(ids, id => Assert.Matches("^[0-9a-z]{26}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
