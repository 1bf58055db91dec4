using System.Text;
using System.Text.Json.Nodes;
using Efus.Cms.Recipes.Reading;

namespace Efus.Cms.Recipes.Tests.Reading;

/// <summary>The first, token-by-token read of a recipe, and the item-by-item read of a content step, through buffers far smaller than the file.</summary>
public sealed class RecipeScannerTests
{
    private const string Recipe = """
        {
          "name": "Streamed", // a comment
          "steps": [
            { "name": "feature", "enable": [ "OrchardCore.Contents" ] },
            { "name": "content", "Data": [
                { "ContentItemId": "a", "ContentType": "Sheet", "TitlePart": { "Title": "Été à Lyon" } },
                /* between items */
                { "ContentItemId": "b", "ContentType": "Menu", "Nested": { "ContentType": "NotCounted" }, "List": [1, 2, 3] },
                "[js: variables('x')]",
                { "ContentItemId": "c", "ContentType": "Sheet", },
              ], "After": true },
            "not a step",
          ],
        }
        """;

    [Theory]
    [InlineData(16)]
    [InlineData(37)]
    [InlineData(RecipeScanner.DefaultBufferSize)]
    public void Scan_AnyBufferSize_FindsTheStepsAndTheDataArray(int bufferSize)
    {
        var bytes = Encoding.UTF8.GetBytes(Recipe);

        var layout = RecipeScanner.Scan(RecipeSource.FromBytes(bytes), "s.json", bufferSize);

        Assert.Equal(3, layout.Steps.Count);
        Assert.Null(layout.Steps[0].Data);
        Assert.Equal(System.Text.Json.JsonTokenType.String, layout.Steps[2].Token);
        var data = layout.Steps[1].Data!;
        Assert.Equal("Data", data.PropertyName);
        Assert.Equal(4, data.Count);
        Assert.Equal(["Menu", "Sheet"], data.ContentTypes);
        Assert.Equal('[', (char)bytes[data.Start]);
        Assert.Equal(']', (char)bytes[data.End - 1]);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(53)]
    [InlineData(RecipeScanner.DefaultBufferSize)]
    public void ElementReader_AnyBufferSize_GivesEachElementAsParsedWhole(int bufferSize)
    {
        var bytes = Encoding.UTF8.GetBytes(Recipe);
        var source = RecipeSource.FromBytes(bytes);
        var data = RecipeScanner.Scan(source, "s.json").Steps[1].Data!;
        var expected = JsonNode.Parse(Recipe, documentOptions: RecipeJson.DocumentOptions)!["steps"]![1]!["Data"]!.AsArray();

        var elements = new List<JsonNode?>();
        using (var reader = new ArrayElementReader(source, data.Start, data.End, bufferSize))
        {
            while (reader.TryReadNext(out var element))
            {
                elements.Add(element);
            }
        }

        Assert.Equal(expected.Count, elements.Count);
        Assert.All(expected.Zip(elements), pair => Assert.True(JsonNode.DeepEquals(pair.First, pair.Second), pair.Second?.ToJsonString()));
    }

    [Fact]
    public void Scan_SyntaxErrorManyBuffersIn_NamesItsLineAndCharacterColumn()
    {
        // The error is far past the first buffer; the accents before it on its line are two bytes each.
        var items = string.Join(",\n", Enumerable.Range(0, 200).Select(i => $$"""{"ContentItemId":"i{{i}}","ContentType":"Sheet"}"""));
        var json = "{\"steps\":[{\"name\":\"content\",\"Data\":[\n" + items + ",\n{\"Title\": \"éé\" \"ü\"}]}]}";

        var error = Assert.Throws<RecipeException>(() => RecipeScanner.Scan(RecipeSource.FromBytes(Encoding.UTF8.GetBytes(json)), "big.json", 64));

        Assert.Equal(202, error.Location?.Line);
        Assert.Equal(16, error.Location?.Column);
        Assert.StartsWith("big.json: line 202, column 16: invalid JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_DuplicatePropertyInAnItem_IsRefusedWithItsLine()
    {
        var json = "{\"steps\":[{\"name\":\"content\",\"Data\":[\n{\"ContentType\":\"Sheet\"},\n{\"ContentType\":\"Sheet\",\n \"ContentType\":\"Other\"}]}]}";

        var error = Assert.Throws<RecipeException>(() => RecipeScanner.Scan(RecipeSource.FromBytes(Encoding.UTF8.GetBytes(json)), "dup.json", 16));

        Assert.Equal(4, error.Location?.Line);
        Assert.Equal(2, error.Location?.Column);
        Assert.EndsWith("invalid JSON: the property 'ContentType' appears twice in the same object", error.Message, StringComparison.Ordinal);
    }
}
