using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Core.Tests.Metadata;

public sealed class SettingsExtensionsTests
{
    [Fact]
    public void AsDecimal_NumbersBuiltInCodeOrParsed_AllRead()
    {
        Assert.Equal(2024m, JsonValue.Create(2024L).AsDecimal());
        Assert.Equal(2024m, JsonValue.Create(2024).AsDecimal());
        Assert.Equal(1.5m, JsonValue.Create(1.5m).AsDecimal());
        Assert.Equal(0.25m, JsonValue.Create(0.25d).AsDecimal());
        Assert.Equal(1900m, JsonNode.Parse("1900").AsDecimal());
        Assert.Equal(12m, JsonValue.Create("12").AsDecimal());
        Assert.Null(JsonValue.Create("douze").AsDecimal());
        Assert.Null(JsonValue.Create(double.NaN).AsDecimal());
    }
}
