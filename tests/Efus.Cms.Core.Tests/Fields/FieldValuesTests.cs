using System.Text.Json.Nodes;
using Efus.Cms.Core.Fields;

namespace Efus.Cms.Core.Tests.Fields;

public sealed class FieldValuesTests
{
    [Theory]
    [InlineData("""{"Value": 42}""", "42")]
    [InlineData("""{"Value": 2.5}""", "2.5")]
    [InlineData("""{"Value": "1e3"}""", "1000")]
    public void Number_reads_json_numbers_and_numeric_text(string json, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FieldValues.Number(JsonNode.Parse(json)));

    [Theory]
    [InlineData("""{"Value": 1e300}""")]
    [InlineData("""{"Value": "douze"}""")]
    [InlineData("""{"Value": null}""")]
    [InlineData("""{}""")]
    [InlineData("""[1]""")]
    public void Number_is_null_when_absent_not_a_number_or_out_of_range(string json) =>
        Assert.Null(FieldValues.Number(JsonNode.Parse(json)));

    [Fact]
    public void Number_reads_values_built_in_code() =>
        Assert.Equal(3.25m, FieldValues.Number(new JsonObject { ["Value"] = 3.25d }));

    [Fact]
    public void Date_reads_iso_text_and_datetime_values_as_utc()
    {
        var fromText = FieldValues.Date(JsonNode.Parse("""{"Value": "2024-03-05T10:00:00+01:00"}"""));
        var fromCode = FieldValues.Date(new JsonObject { ["Value"] = new DateTime(2024, 3, 5, 9, 0, 0, DateTimeKind.Utc) });

        Assert.Equal(new DateTime(2024, 3, 5, 9, 0, 0, DateTimeKind.Utc), fromText);
        Assert.Equal(DateTimeKind.Utc, fromText!.Value.Kind);
        Assert.Equal(fromText, fromCode);
    }

    [Fact]
    public void Date_is_null_for_text_that_is_not_a_date() =>
        Assert.Null(FieldValues.Date(JsonNode.Parse("""{"Value": "bientôt"}""")));

    [Theory]
    [InlineData("""{"Value": true}""", true)]
    [InlineData("""{"Value": "false"}""", false)]
    public void Flag_reads_booleans_and_their_text(string json, bool expected) =>
        Assert.Equal(expected, FieldValues.Flag(JsonNode.Parse(json)));

    [Fact]
    public void Strings_skips_empty_and_non_string_entries() =>
        Assert.Equal(["a", "b"], FieldValues.Strings(JsonNode.Parse("""{"ContentItemIds": ["a", "", null, 3, "b"]}"""), "ContentItemIds"));
}
