using Efus.Cms.Recipes.Tests.Infrastructure;

namespace Efus.Cms.Recipes.Tests.Reading;

public sealed class RecipeReaderTests
{
    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        var recipe = Readers.Default.Parse("""
            {
              // line comment
              "name": "Commented", /* block
              comment */
              "steps": [
                { "name": "feature", "enable": [ "OrchardCore.Contents", ], },
              ],
            }
            """, "commented.recipe.json");

        Assert.Equal("Commented", recipe.Name);
        Assert.Equal("feature", Assert.Single(recipe.Steps).Name);
    }

    [Fact]
    public void Parse_KeysInAnyCase_AreRead()
    {
        var recipe = Readers.Default.Parse("""
            {"NAME":"Upper","DisplayName":"Shown","IsSetupRecipe":"true","Variables":{"a":"b"},
             "Steps":[{"Name":"Content","Data":[]}]}
            """, "upper.recipe.json");

        Assert.Equal("Upper", recipe.Name);
        Assert.Equal("Shown", recipe.DisplayName);
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal("b", recipe.Variables["a"]!.GetValue<string>());
        Assert.Equal("Content", Assert.Single(recipe.Steps).Name);
    }

    [Fact]
    public void Parse_SyntaxError_NamesFileLineAndCharacterColumn()
    {
        // The accents before the error are two bytes each in UTF-8; the column counts characters.
        var json = "{\n  \"name\": \"x\",\n  \"steps\": [\n    {\"name\": \"é\" \"ü\"}\n  ]\n}";

        var error = Assert.Throws<RecipeException>(() => Readers.Default.Parse(json, "broken.recipe.json"));

        Assert.Equal(4, error.Location?.Line);
        Assert.Equal(18, error.Location?.Column);
        Assert.StartsWith("broken.recipe.json: line 4, column 18: invalid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedObject_NamesWhereTheFileEnds()
    {
        var error = Assert.Throws<RecipeException>(() => Readers.Default.Parse("{\n  \"steps\": [\n", "cut.recipe.json"));

        Assert.Equal(3, error.Location?.Line);
        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateProperty_IsRefusedWithItsLine()
    {
        var error = Assert.Throws<RecipeException>(() => Readers.Default.Parse("{\n\"steps\": [],\n\"steps\": []\n}", "dup.recipe.json"));

        Assert.Equal(3, error.Location?.Line);
        Assert.EndsWith("invalid JSON: the property 'steps' appears twice in the same object", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "dup.recipe.json: a recipe must be a JSON object, found Array")]
    [InlineData("{\"name\":\"x\"}", "dup.recipe.json: a recipe needs a 'steps' array; this file has none (is it a recipe?)")]
    [InlineData("{\"steps\":{}}", "dup.recipe.json: $.steps: 'steps' must be an array, found Object")]
    [InlineData("{\"steps\":[{\"name\":\"feature\"},{\"enable\":[]}]}", "dup.recipe.json: step 2: $.steps[1]: the step has no 'name'")]
    [InlineData("{\"steps\":[\"feature\"]}", "dup.recipe.json: step 1: $.steps[0]: a step must be an object with a 'name', found String")]
    [InlineData("{\"variables\":[],\"steps\":[]}", "dup.recipe.json: $.variables: 'variables' must be an object of name → value, found Array")]
    [InlineData("{\"tags\":[1],\"steps\":[]}", "dup.recipe.json: $.tags: 'tags' must be an array of strings")]
    public void Parse_WrongShape_SaysWhatIsExpected(string json, string message)
    {
        var error = Assert.Throws<RecipeException>(() => Readers.Default.Parse(json, "dup.recipe.json"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task ReadFile_OverTheSizeLimit_IsRefusedBeforeParsing()
    {
        using var folder = new TempFolder();
        var path = folder.File("big.recipe.json", "this is not JSON at all " + new string('x', 3000));

        var error = await Assert.ThrowsAsync<RecipeException>(() => Readers.WithLimit(2048).ReadFileAsync(path));

        Assert.Equal("big.recipe.json: the file is 3 KB, over the 2 KB limit for recipes (RecipeOptions.MaxFileSize)", error.Message);
    }

    [Fact]
    public void DefaultLimit_Is50Megabytes() => Assert.Equal(50L * 1024 * 1024, new RecipeOptions().MaxFileSize);

    [Fact]
    public async Task ReadFile_Missing_NamesTheFile()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => Readers.Default.ReadFileAsync("/nonexistent/folder/x.recipe.json"));

        Assert.StartsWith("x.recipe.json: the recipe file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsIgnored()
    {
        var recipe = Readers.Default.Parse([.. "\uFEFF"u8.ToArray(), .. "{\"steps\":[]}"u8.ToArray()], "bom.json");

        Assert.Empty(recipe.Steps);
    }
}
