using System.Text.Json.Nodes;
using Efus.Cms.Recipes.Scripting;
using Efus.Cms.Recipes.Tests.Infrastructure;

namespace Efus.Cms.Recipes.Tests.Reading;

public sealed class RecipeScriptScopeTests
{
    private static readonly DateTimeOffset _now = new(2024, 4, 7, 10, 30, 15, 123, TimeSpan.Zero);

    private static RecipeScriptScope Scope(
        string variables = "{}",
        string? basePath = null,
        Dictionary<string, string>? parameters = null,
        Dictionary<string, string>? configuration = null) =>
        new(
            new Recipe { FileName = "test.recipe.json", BasePath = basePath, Variables = (JsonObject)JsonNode.Parse(variables)! },
            new RecipeFiles(basePath, null, RecipeOptions.DefaultMaxFileSize),
            name => parameters?.GetValueOrDefault(name),
            key => configuration?.GetValueOrDefault(key),
            new FixedClock(_now));

    /// <summary>Orchard's ShouldTrimValidScriptExpression: only <c>[letters: …]</c> is a script.</summary>
    [Theory]
    [InlineData("[locale en]You have successfully registered![/locale][locale fr]Vous vous êtes inscrit avec succès![/locale]")]
    [InlineData("[1js: valiables('now')]")]
    [InlineData("js: valiables('now')")]
    [InlineData("[locale en]This text contains a colon ':' symbol[/locale][locale fr]Ce texte contient un deux-points ':'[/locale]")]
    [InlineData("[sc text='some : text'/]")]
    [InlineData("[Note: an unknown prefix is text]")]
    [InlineData("")]
    public void Evaluate_TextThatOnlyLooksLikeAScript_IsLeftAlone(string text) =>
        Assert.Same(text, Scope().Evaluate(text, "$.steps[0].data[0].TitlePart.Title"));

    [Theory]
    [InlineData("[js: uuid()]")]
    [InlineData("[js:uuid()]")]
    [InlineData("[js:uuid();]")]
    public void Evaluate_Uuid_IsAnOrchardId(string script) =>
        Assert.Matches("^[0-9a-z]{26}$", Scope().Evaluate(script, "$"));

    [Fact]
    public void Evaluate_Variable_IsEvaluatedOnceAndReused()
    {
        var scope = Scope("""{"blogId":"[js:uuid()]","other":"[js:uuid()]"}""");

        var first = scope.Evaluate("[js: variables('blogId')]", "$.steps[3].HomeRoute.ContentItemId");
        var second = scope.Evaluate("[js: variables('blogId')]", "$.steps[5].Data[3].ContentItemId");

        Assert.Equal(first, second);
        Assert.NotEqual(first, scope.Evaluate("[js: variables('other')]", "$"));
    }

    [Fact]
    public void Evaluate_Concatenation_JoinsStrings()
    {
        var scope = Scope("""{"prefix":"[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]","id":"abc"}""");

        Assert.Equal("Admin/Contents/ContentItems/abc/Display",
            scope.Evaluate("[js: variables('prefix') + '/Contents/ContentItems/' +  variables('id') + '/Display']", "$"));
    }

    [Fact]
    public void Evaluate_Parameters_ComeFromTheRun()
    {
        var scope = Scope(parameters: new() { ["AdminUserId"] = "u1", ["SiteName"] = "Efus" });

        Assert.Equal("u1", scope.Evaluate("[js: parameters('AdminUserId')]", "$"));
        Assert.Equal("Efus", scope.Evaluate("[js: parameters('SiteName')]", "$"));
    }

    [Fact]
    public void Evaluate_MissingParameter_NamesItAndThePath()
    {
        var error = Assert.Throws<RecipeStepException>(() => Scope().Evaluate("[js: parameters('AdminUserId')]", "$.steps[5].Data[0].Owner"));

        Assert.Equal("$.steps[5].Data[0].Owner", error.JsonPath);
        Assert.Contains("the parameter 'AdminUserId' was not supplied", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Configuration_UsesTheValueOrTheDefault()
    {
        Assert.Equal("Admin", Scope().Evaluate("[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]", "$"));
        Assert.Equal("backoffice", Scope(configuration: new() { ["OrchardCore_Admin:AdminUrlPrefix"] = "backoffice" })
            .Evaluate("[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]", "$"));
        Assert.Throws<RecipeStepException>(() => Scope().Evaluate("[js: configuration('Missing:Key')]", "$"));
    }

    [Fact]
    public void Evaluate_Base64_DecodesTheBlogQuerySchema() =>
        Assert.Equal("{\r\n    \"type\": \"ContentItem/BlogPost\"\r\n}",
            Scope().Evaluate("[js:base64('ew0KICAgICJ0eXBlIjogIkNvbnRlbnRJdGVtL0Jsb2dQb3N0Ig0KfQ==')]", "$"));

    [Fact]
    public void Evaluate_Html_Decodes() => Assert.Equal("<p>a & b</p>", Scope().Evaluate("[js: html('&lt;p&gt;a &amp; b&lt;/p&gt;')]", "$"));

    [Fact]
    public void Evaluate_NewDate_IsIsoUtcWithMilliseconds() =>
        Assert.Equal("2024-04-07T10:30:15.123Z", Scope().Evaluate("[js: new Date().toISOString()]", "$"));

    [Fact]
    public void Evaluate_VariableHoldingAnotherScript_IsEvaluatedThrough()
    {
        var scope = Scope("""{"now":"[js: new Date().toISOString()]","alias":"[js: variables('now')]"}""");

        Assert.Equal("2024-04-07T10:30:15.123Z", scope.Evaluate("[js: variables('alias')]", "$"));
    }

    [Fact]
    public void Evaluate_UnknownFunction_NamesItAndThePath()
    {
        var error = Assert.Throws<RecipeStepException>(() => Scope().Evaluate("[js: guid()]", "$.steps[1].Data[0].ContentItemId"));

        Assert.Equal("$.steps[1].Data[0].ContentItemId", error.JsonPath);
        Assert.StartsWith("unknown function 'guid' (supported: uuid()", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UndefinedVariable_NamesItAndTheDeclaredOnes()
    {
        var error = Assert.Throws<RecipeStepException>(() => Scope("""{"blogId":"x"}""").Evaluate("[js: variables('blgId')]", "$.steps[3].HomeRoute.ContentItemId"));

        Assert.Equal("$.steps[3].HomeRoute.ContentItemId", error.JsonPath);
        Assert.StartsWith("undefined variable 'blgId' (declared: blogId)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BrokenVariable_NamesTheVariableToo()
    {
        var error = Assert.Throws<RecipeStepException>(() => Scope("""{"id":"[js: nope()]"}""").Evaluate("[js: variables('id')]", "$.steps[0].x"));

        Assert.Equal("$.steps[0].x", error.JsonPath);
        Assert.Contains("variable 'id' ($.variables.id): unknown function 'nope'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SelfReferencingVariable_IsRefused()
    {
        var error = Assert.Throws<RecipeStepException>(() => Scope("""{"a":"[js: variables('a')]"}""").Evaluate("[js: variables('a')]", "$"));

        Assert.Contains("refers to itself", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[js: window.alert(1)]")]
    [InlineData("[js: uuid().length]")]
    [InlineData("[js: new Object()]")]
    [InlineData("[js: 'unclosed]")]
    [InlineData("[js: 1.2.3]")]
    public void Evaluate_JavaScriptBeyondTheSubset_IsRefused(string script) =>
        Assert.Throws<RecipeStepException>(() => Scope().Evaluate(script, "$"));

    [Fact]
    public void Evaluate_FileText_ReadsNextToTheRecipe()
    {
        using var folder = new TempFolder();
        folder.File("Snippets/footer.html", "<p>Footer é</p>");

        Assert.Equal("<p>Footer é</p>", Scope(basePath: folder.Path).Evaluate("[file:text('Snippets/footer.html')]", "$"));
    }

    [Theory]
    [InlineData("[file:text('../secret.txt')]", "points outside the recipe's folder")]
    [InlineData("[file:text('/etc/passwd')]", "must be a path relative to the recipe")]
    [InlineData("[file:text('Snippets/missing.html')]", "the file 'Snippets/missing.html' does not exist next to the recipe")]
    public void Evaluate_FileOutsideOrMissing_IsRefused(string script, string problem)
    {
        using var folder = new TempFolder();
        folder.File("secret.txt", "secret");
        var recipeFolder = Path.GetDirectoryName(folder.File("recipe/x.recipe.json", "{}"))!;

        var error = Assert.Throws<RecipeStepException>(() => Scope(basePath: recipeFolder).Evaluate(script, "$.steps[0].Html"));

        Assert.Equal("$.steps[0].Html", error.JsonPath);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateTree_ReplacesStringsInObjectsAndArrays()
    {
        var json = (JsonObject)JsonNode.Parse("""{"a":"[js: variables('x')]","b":["[js: variables('x')]",1,{"c":"plain"}]}""")!;

        Scope("""{"x":"value"}""").EvaluateTree(json, "$.steps[0]");

        Assert.Equal("""{"a":"value","b":["value",1,{"c":"plain"}]}""", json.ToJsonString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
