using Efus.Cms.Recipes.Tests.Infrastructure;

namespace Efus.Cms.Recipes.Tests.Execution;

/// <summary>Bad input is refused with one message naming the file, the step and the JSON path, and nothing is written.</summary>
public sealed class RecipeExecutorTests
{
    /// <summary>A draftable, versionable type with a title, a path and two fields.</summary>
    internal const string Definitions = """
        {"name":"ContentDefinition","ContentTypes":[{"Name":"Sheet","DisplayName":"Fiche",
          "Settings":{"ContentTypeSettings":{"Creatable":true,"Listable":true,"Draftable":true,"Versionable":true}},
          "ContentTypePartDefinitionRecords":[{"PartName":"TitlePart","Name":"TitlePart"},{"PartName":"AutoroutePart","Name":"AutoroutePart"},{"PartName":"Sheet","Name":"Sheet"}]}],
         "ContentParts":[{"Name":"Sheet","ContentPartFieldDefinitionRecords":[
          {"FieldName":"NumericField","Name":"Year"},{"FieldName":"TextField","Name":"City"}]}]}
        """;

    internal static string Sheet(string id, string version, string title, string path, string year = "2024") => """
        {"ContentItemId":"@id","ContentItemVersionId":"@version","ContentType":"Sheet","Latest":true,"Published":true,
         "CreatedUtc":"2024-01-01T00:00:00Z","ModifiedUtc":"2024-01-01T00:00:00Z","PublishedUtc":"2024-01-01T00:00:00Z",
         "TitlePart":{"Title":"@title"},"AutoroutePart":{"Path":"@path"},"Sheet":{"Year":{"Value":@year},"City":{"Text":"Lyon"}}}
        """.Replace("@id", id, StringComparison.Ordinal).Replace("@version", version, StringComparison.Ordinal)
        .Replace("@title", title, StringComparison.Ordinal).Replace("@path", path, StringComparison.Ordinal).Replace("@year", year, StringComparison.Ordinal);

    internal static string Recipe(params string[] steps) => $$"""{"name":"Test","steps":[{{string.Join(",", steps)}}]}""";

    internal static string Content(params string[] items) => $$"""{"name":"content","Data":[{{string.Join(",", items)}}]}""";

    [Fact]
    public async Task Execute_FieldOfTheWrongShape_NamesTheFieldAndRollsBackEveryStep()
    {
        await using var site = new TestSite();
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe(
            """{"name":"feature","enable":["OrchardCore.Contents"]}""",
            Definitions,
            Content(Sheet("a", "a1", "A", "a"), Sheet("b", "b1", "B", "b", year: "\"2024\"")))));

        Assert.Equal("test.recipe.json: step 3 'content': $.steps[2].Data[1].Sheet.Year: 'Value' must be a number, found String", error.Message);
        Assert.Equal(new RecipeLocation { StepNumber = 3, StepName = "content", JsonPath = "$.steps[2].Data[1].Sheet.Year" }, error.Location);
        Assert.Equal(before, await site.ExportAsync());
        Assert.Empty((await site.DefinitionsAsync()).Types);
    }

    [Fact]
    public async Task Execute_ItemOfAnUndefinedType_IsRefused()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(Definitions));
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe(
            Content(Sheet("a", "a1", "A", "a"), """{"ContentItemId":"n","ContentType":"Nope","Nope":{}}"""))));

        Assert.Equal("test.recipe.json: step 1 'content': $.steps[0].Data[1].ContentType: the content type 'Nope' is not defined", error.Message);
        Assert.Equal(before, await site.ExportAsync());
    }

    [Fact]
    public async Task Execute_PathThatIsNotText_IsRefusedNotReplaced()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(Definitions));
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe(
            Content(Sheet("a", "a1", "A", "a").Replace("\"Path\":\"a\"", "\"Path\":42", StringComparison.Ordinal)))));

        Assert.Equal("test.recipe.json: step 1 'content': $.steps[0].Data[0].AutoroutePart.Path: must be a string, found Number", error.Message);
        Assert.Equal(before, await site.ExportAsync());
    }

    [Fact]
    public async Task Execute_SvgWithScript_IsRefusedAndNothingIsWritten()
    {
        await using var site = new TestSite();
        var before = await site.ExportAsync();
        var svg = Convert.ToBase64String("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray());

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe(
            Definitions,
            $$"""{"name":"media","Files":[{"TargetPath":"logos/efus.svg","Base64":"{{svg}}"}]}""")));

        Assert.StartsWith("test.recipe.json: step 2 'media': $.steps[1].Files[0].TargetPath: 'logos/efus.svg' is an SVG that is not safe to serve", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await site.ExportAsync());
    }

    [Fact]
    public async Task Execute_DuplicatePath_IsRefused()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(Definitions));
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe(
            Content(Sheet("a", "a1", "A", "fiches/lyon"), Sheet("b", "b1", "B", "fiches/lyon")))));

        Assert.Equal("test.recipe.json: step 1 'content': $.steps[0].Data[1].AutoroutePart.Path: the path 'fiches/lyon' is already used by content item 'a'", error.Message);
        Assert.Equal(before, await site.ExportAsync());
    }

    /// <summary>Orchard's RecipeExecutorTests.ContentDefinitionStep_WhenPartNameIsMissing: the same message.</summary>
    [Fact]
    public async Task Execute_TypePartWithoutPartName_GivesOrchardsMessage()
    {
        await using var site = new TestSite();
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe("""
            {"name":"ContentDefinition","ContentTypes":[{"Name":"Message","DisplayName":"Message","Settings":{},
              "ContentTypePartDefinitionRecords":[{"Name":"TitlePart","Settings":{}}]}]}
            """)));

        Assert.Equal("Unable to add content-part to the 'Message' content-type. The part name cannot be null or empty.", error.Problem);
        Assert.Equal("test.recipe.json: step 1 'ContentDefinition': $.steps[0].ContentTypes[0].ContentTypePartDefinitionRecords[0]: " + error.Problem, error.Message);
        Assert.Equal(before, await site.ExportAsync());
    }

    [Fact]
    public async Task Execute_UndefinedVariable_NamesTheVariableStepAndPath()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(Definitions));
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync("""
            {"name":"Test","variables":{"sheetId":"[js:uuid()]"},"steps":[
              {"name":"content","Data":[{"ContentItemId":"[js: variables('sheetId')]","ContentType":"Sheet","TitlePart":{"Title":"A"}},
                                        {"ContentItemId":"[js: variables('shetId')]","ContentType":"Sheet","TitlePart":{"Title":"B"}}]}]}
            """));

        Assert.Equal("test.recipe.json: step 1 'content': $.steps[0].Data[1].ContentItemId: undefined variable 'shetId' (declared: sheetId) (in \"[js: variables('shetId')]\")", error.Message);
        Assert.Equal(before, await site.ExportAsync());
    }

    [Fact]
    public async Task Execute_UnknownStep_IsRefusedUpFrontNamingItsPosition()
    {
        await using var site = new TestSite();
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe(
            """{"name":"feature","enable":["OrchardCore.Contents"]}""", """{"name":"layers"}""", Definitions, """{"name":"Workflows"}""")));

        Assert.StartsWith("test.recipe.json: unsupported steps: step 2 'layers', step 4 'Workflows'. Supported steps: content, ContentDefinition, ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was imported; run with SkipUnsupportedSteps to skip them.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await site.ExportAsync());
    }

    [Fact]
    public async Task Execute_UnknownStepWithSkip_RunsTheOthersAndWarns()
    {
        await using var site = new TestSite();

        var result = await site.RunJsonAsync(Recipe(Definitions, """{"name":"layers"}""", Content(Sheet("a", "a1", "A", "a"))),
            new RecipeExecutionOptions { SkipUnsupportedSteps = true });

        Assert.Equal((2, 1, 1), (result.StepsRun, result.StepsSkipped, result.ItemsCreated));
        Assert.Equal(["step 2 'layers': skipped, this step is not supported"], result.Warnings);
    }

    [Fact]
    public async Task Execute_StepAndPropertyNamesInAnyCase_AreRecognised()
    {
        await using var site = new TestSite();

        var result = await site.RunJsonAsync(Recipe(Definitions.Replace("\"ContentDefinition\"", "\"CONTENTDEFINITION\"", StringComparison.Ordinal),
            """{"Name":"Content","data":[""" + Sheet("a", "a1", "A", "a") + "]}"));

        Assert.Equal(1, result.ItemsCreated);
    }

    [Fact]
    public async Task Execute_SyntaxError_NamesLineAndColumnAndWritesNothing()
    {
        await using var site = new TestSite();
        using var folder = new TempFolder();
        var path = folder.File("broken.recipe.json", "{\n  \"steps\": [\n    { \"name\": \"feature\" \"enable\": [] }\n  ]\n}");
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(path));

        Assert.StartsWith("broken.recipe.json: line 3, column 25: invalid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await site.ExportAsync());
    }

    [Fact]
    public async Task Execute_FileOverTheConfiguredLimit_IsRefused()
    {
        await using var site = new TestSite(options => options.MaxFileSize = 1024);
        using var folder = new TempFolder();
        var padding = $"\"description\":\"{new string('x', 2000)}\",\"steps\"";
        var path = folder.File("big.recipe.json", Recipe(Definitions, Content(Sheet("a", "a1", "A", "a"))).Replace("\"steps\"", padding, StringComparison.Ordinal));
        var before = await site.ExportAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(path));

        Assert.Matches(@"^big\.recipe\.json: the file is [0-9.]+ KB, over the 1 KB limit for recipes \(RecipeOptions\.MaxFileSize\)$", error.Message);
        Assert.Equal(before, await site.ExportAsync());
    }

    [Fact]
    public async Task Execute_ItemThatIsNotAnObject_IsRefused()
    {
        await using var site = new TestSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe("""{"name":"content","Data":["x"]}""")));

        Assert.Equal("test.recipe.json: step 1 'content': $.steps[0].Data[0]: expected a content item object, found String", error.Message);
    }

    [Fact]
    public async Task Execute_ContentStepWithoutData_IsRefused()
    {
        await using var site = new TestSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe("""{"name":"content","Items":[]}""")));

        Assert.Equal("test.recipe.json: step 1 'content': $.steps[0].Data: a content step needs a 'Data' array of content items", error.Message);
    }

    [Fact]
    public async Task Execute_CommonPropertyOfTheWrongType_IsRefusedWithItsPath()
    {
        await using var site = new TestSite();
        await site.RunJsonAsync(Recipe(Definitions));

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe("""{"name":"content","Data":[{"ContentType":"Sheet","Published":"yes"}]}""")));

        Assert.Equal("test.recipe.json: step 1 'content': $.steps[0].Data[0].Published: expected true or false, found String", error.Message);
    }
}
