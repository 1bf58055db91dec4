using Efus.Cms.Core.Storage;
using Efus.Cms.Recipes.Steps;
using Efus.Cms.Recipes.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Efus.Cms.Recipes.Tests.Execution.RecipeExecutorTests;

namespace Efus.Cms.Recipes.Tests.Steps;

/// <summary>The lucene-index family of steps (recorded for the search engine) and the media step.</summary>
public sealed class SearchAndMediaStepTests
{
    [Fact]
    public async Task LuceneIndex_ExistingIndex_IsLeftUnchangedWithAWarning()
    {
        await using var site = new TestSite();

        var result = await site.RunJsonAsync(Recipe(
            """{"name":"lucene-index","Indices":[{"Search":{"AnalyzerName":"frenchanalyzer","IndexedContentTypes":["Page"],"Custom":1}}]}""",
            """{"name":"lucene-index","Indices":[{"Search":{"AnalyzerName":"standardanalyzer"}},{"Other":{}}]}"""));

        Assert.Equal(
            """{"Search":{"AnalyzerName":"frenchanalyzer","IndexLatest":false,"IndexedContentTypes":["Page"],"Culture":"any","StoreSourceData":false,"Custom":1},"Other":{"AnalyzerName":"standardanalyzer","IndexLatest":false,"IndexedContentTypes":[],"Culture":"any","StoreSourceData":false}}""",
            (await site.DocumentAsync(DocumentNames.LuceneIndexSettings))!.ToJsonString());
        Assert.Equal(["step 2 'lucene-index': the index 'Search' already exists and was left unchanged (lucene-index only creates indexes)"], result.Warnings);
    }

    [Fact]
    public async Task LuceneIndex_WrongShape_IsRefusedWithThePath()
    {
        await using var site = new TestSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe(
            """{"name":"lucene-index","Indices":[{"Search":{"IndexedContentTypes":"Page"}}]}""")));

        Assert.Equal("test.recipe.json: step 1 'lucene-index': $.steps[0].Indices[0].Search.IndexedContentTypes: 'IndexedContentTypes' must be an array of content type names, found String", error.Message);
    }

    [Fact]
    public async Task CreateOrUpdateIndexProfile_OrchardThreeShape_CreatesAndUpdatesLuceneContentIndexes()
    {
        await using var site = new TestSite();

        var result = await site.RunJsonAsync(Recipe(
            """{"name":"lucene-index","Indices":[{"Search":{"AnalyzerName":"standardanalyzer"}}]}""",
            """
            {"name":"CreateOrUpdateIndexProfile","indexes":[
              {"Name":"Search","IndexName":"search","ProviderName":"Lucene","Type":"Content","Properties":{
                "ContentIndexMetadata":{"IndexLatest":true,"IndexedContentTypes":["Article"],"Culture":"fr-FR"},
                "LuceneIndexMetadata":{"AnalyzerName":"frenchanalyzer","StoreSourceData":true}}},
              {"Name":"Remote","ProviderName":"Elasticsearch","Type":"Content"}]}
            """));

        Assert.Equal(
            """{"Search":{"AnalyzerName":"frenchanalyzer","IndexLatest":true,"IndexedContentTypes":["Article"],"Culture":"fr-FR","StoreSourceData":true}}""",
            (await site.DocumentAsync(DocumentNames.LuceneIndexSettings))!.ToJsonString());
        Assert.Equal(["step 2 'CreateOrUpdateIndexProfile': index 'Remote' skipped: only Lucene content indexes are supported (found provider 'Elasticsearch', type 'Content')"], result.Warnings);
    }

    [Fact]
    public async Task RebuildAndReset_AreRecordedForTheSearchEngine()
    {
        await using var site = new TestSite();

        var result = await site.RunJsonAsync(Recipe(
            """{"name":"lucene-index","Indices":[{"Search":{}},{"Archive":{}}]}""",
            """{"name":"lucene-index-rebuild","IncludeAll":false,"Indices":["Search","Missing"]}""",
            """{"name":"lucene-index-reset","IncludeAll":true}"""));

        Assert.Equal("""{"Rebuild":["Search"],"Reset":["Archive","Search"]}""", (await site.DocumentAsync(LuceneDocuments.Requests))!.ToJsonString());
        Assert.Equal(["step 2 'lucene-index-rebuild': the index 'Missing' does not exist; nothing to rebuild"], result.Warnings);
    }

    [Fact]
    public async Task Media_Base64_IsStoredAndExported()
    {
        await using var site = new TestSite();
        var content = "GIF89a"u8.ToArray();

        await site.RunJsonAsync(Recipe($$"""{"name":"media","Files":[{"TargetPath":"images/b.gif","Base64":"{{Convert.ToBase64String(content)}}"},{"Path":"a.gif","Base64":""}]}"""));

        var file = await site.InScopeAsync(s => s.GetRequiredService<IMediaStore>().GetAsync("images/b.gif"));
        Assert.Equal(content, file!.Content);
        var export = Readers.Default.Parse(await site.ExportAsync(), "export.recipe.json");
        Assert.Equal(
            $$"""{"name":"media","Files":[{"TargetPath":"a.gif","Base64":""},{"TargetPath":"images/b.gif","Base64":"{{Convert.ToBase64String(content)}}"}]}""",
            export.Steps.Single(s => s.Name == "media").Json.ToJsonString());
    }

    [Fact]
    public async Task Media_SourcePath_IsReadNextToTheRecipe()
    {
        await using var site = new TestSite();
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("media/logo.png"), [1, 2, 3]);
        var path = folder.File("site.recipe.json", Recipe("""{"name":"media","Files":[{"TargetPath":"logo.png","SourcePath":"media/logo.png"}]}"""));

        await site.RunFileAsync(path);

        Assert.Equal([1, 2, 3], (await site.InScopeAsync(s => s.GetRequiredService<IMediaStore>().GetAsync("logo.png")))!.Content);
    }

    [Theory]
    [InlineData("""{"TargetPath":"x.jpg","SourceUrl":"https://example.com/x.jpg"}""", "$.steps[0].Files[0].SourceUrl: downloading 'https://example.com/x.jpg' is not supported: an import never goes to the network")]
    [InlineData("""{"TargetPath":"x.jpg","Base64":"not base64!"}""", "$.steps[0].Files[0].Base64: 'Base64' is not valid base64")]
    [InlineData("""{"TargetPath":"../x.jpg","Base64":""}""", "$.steps[0].Files[0].TargetPath: '../x.jpg' is not a valid media path")]
    [InlineData("""{"Base64":""}""", "$.steps[0].Files[0].TargetPath: a media file needs a 'TargetPath' (or 'Path')")]
    [InlineData("""{"TargetPath":"x.jpg"}""", "$.steps[0].Files[0]: a media file needs 'Base64' or 'SourcePath'")]
    [InlineData("""{"TargetPath":"x.jpg","SourcePath":"x.jpg"}""", "$.steps[0].Files[0].SourcePath: cannot read 'x.jpg': this recipe was not read from a folder")]
    public async Task Media_BadFile_IsRefusedWithItsPath(string file, string message)
    {
        await using var site = new TestSite();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunJsonAsync(Recipe($$"""{"name":"media","Files":[{{file}}]}""")));

        Assert.StartsWith("test.recipe.json: step 1 'media': " + message, error.Message, StringComparison.Ordinal);
        Assert.Empty(await site.InScopeAsync(s => s.GetRequiredService<IMediaStore>().ListAsync()));
    }
}
