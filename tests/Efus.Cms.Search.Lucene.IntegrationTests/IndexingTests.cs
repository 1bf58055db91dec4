using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Efus.Cms.Search.Lucene.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Search.Lucene.IntegrationTests;

/// <summary>Changes made through the content manager are searchable (or gone) as soon as the call returns.</summary>
public sealed class IndexingTests
{
    private static async Task<ContentItem> CreatePublicationAsync(SearchSite site, string title, bool publish, string culture = "fr-FR", string? pdfPath = null)
    {
        ContentItem? created = null;
        await site.WithScopeAsync(async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = await content.NewAsync("Publication");
            item.GetOrCreatePart(WellKnownParts.Title)["Title"] = title;
            item.GetOrCreatePart(WellKnownParts.Localization)["Culture"] = culture;
            if (pdfPath is not null)
            {
                item.GetOrCreatePart("Publication")["Document"] = new JsonObject { ["Paths"] = new JsonArray(pdfPath) };
            }

            created = await content.CreateAsync(item, publish);
        });
        return created!;
    }

    private static Task ContentAsync(SearchSite site, Func<IContentManager, Task> action) =>
        site.WithScopeAsync(services => action(services.GetRequiredService<IContentManager>()));

    [Fact]
    public async Task Create_Published_IsSearchableWhenTheCallReturns()
    {
        using var site = new SearchSite();
        site.CreateClient();

        var item = await CreatePublicationAsync(site, "Guide des zorglubs municipaux", publish: true);

        Assert.Equal([item.ContentItemId], SearchSite.HitIds(await site.SearchAsync("q=zorglub")));
    }

    [Fact]
    public async Task Create_Draft_IsNotIndexed()
    {
        using var site = new SearchSite();
        site.CreateClient();

        await CreatePublicationAsync(site, "Brouillon sur les zorglubs", publish: false);

        Assert.Empty(SearchSite.HitIds(await site.SearchAsync("q=zorglub")));
    }

    [Fact]
    public async Task Unpublish_RemovesItFromTheIndex()
    {
        using var site = new SearchSite();
        site.CreateClient();
        var item = await CreatePublicationAsync(site, "Les zorglubs en ville", publish: true);

        await ContentAsync(site, content => content.UnpublishAsync(item.ContentItemId));

        Assert.Empty(SearchSite.HitIds(await site.SearchAsync("q=zorglub")));
    }

    [Fact]
    public async Task Remove_RemovesItFromTheIndex()
    {
        using var site = new SearchSite();
        site.CreateClient();
        var item = await CreatePublicationAsync(site, "Les zorglubs en ville", publish: true);

        await ContentAsync(site, content => content.RemoveAsync(item.ContentItemId));

        Assert.Empty(SearchSite.HitIds(await site.SearchAsync("q=zorglub")));
    }

    [Fact]
    public async Task Update_Published_ReplacesTheDocument()
    {
        using var site = new SearchSite();
        site.CreateClient();
        var item = await CreatePublicationAsync(site, "Les zorglubs en ville", publish: true);

        await ContentAsync(site, async content =>
        {
            var latest = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            latest.GetOrCreatePart(WellKnownParts.Title)["Title"] = "Les bidulons en ville";
            var draft = await content.UpdateAsync(latest);
            await content.PublishAsync(draft.ContentItemId);
        });

        Assert.Empty(SearchSite.HitIds(await site.SearchAsync("q=zorglub")));
        Assert.Equal([item.ContentItemId], SearchSite.HitIds(await site.SearchAsync("q=bidulons")));
    }

    [Fact]
    public async Task PdfAttachment_InTheMediaStore_IsSearchable()
    {
        using var site = new SearchSite();
        site.CreateClient();
        await site.WithScopeAsync(services => services.GetRequiredService<IMediaStore>()
            .SaveAsync("publications/etude.pdf", TestPdf.WithText("Etude sur les quadricopteres de surveillance")));

        var item = await CreatePublicationAsync(site, "Une étude", publish: true, pdfPath: "publications/etude.pdf");

        var result = await site.SearchAsync("q=quadricopteres");
        Assert.Equal([item.ContentItemId], SearchSite.HitIds(result));
        Assert.Contains("<mark>quadricopteres</mark>", result["hits"]![0]!["highlights"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureFilter_IndexesOnlyItsCulture()
    {
        using var site = new SearchSite();
        site.CreateClient();
        await CreatePublicationAsync(site, "Zorglubs in cities", publish: true, culture: "en-US");
        await CreatePublicationAsync(site, "Les zorglubs en ville", publish: true, culture: "fr-FR");

        await site.WithScopeAsync(async services =>
        {
            var documents = services.GetRequiredService<IDocumentStore>();
            var settings = (await documents.GetAsync(DocumentNames.LuceneIndexSettings))!;
            settings["English"] = new JsonObject
            {
                ["AnalyzerName"] = "standardanalyzer",
                ["IndexLatest"] = false,
                ["IndexedContentTypes"] = new JsonArray("Publication"),
                ["Culture"] = "en-US",
                ["StoreSourceData"] = false,
            };
            await documents.SaveAsync(DocumentNames.LuceneIndexSettings, settings);
        });
        await site.GrantAnonymousAsync("QueryLuceneEnglishIndex");

        var response = await site.LuceneAsync("documents", "English", """{ "query": { "match_all": {} } }""");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(body["items"] is not null, body.ToJsonString());
        Assert.Equal("Zorglubs in cities", Assert.Single(body["items"]!.AsArray())!["Content.ContentItem.DisplayText.keyword"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rebuild_SearchesKeepAnsweringFromTheOldIndexUntilTheSwap()
    {
        using var site = new SearchSite();
        var client = site.CreateClient();
        var indexing = site.Services.GetRequiredService<LuceneIndexingService>();

        using var stop = new CancellationTokenSource();
        var failures = 0;
        var searches = 0;
        var searching = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await site.SearchAsync("q=vidéosurveillance");
                searches++;
                if (result["total"]!.GetValue<int>() != 3)
                {
                    failures++;
                }
            }
        });

        var swapped = await indexing.RebuildAsync("Search");
        await Task.Delay(100);
        await stop.CancelAsync();
        await searching;

        Assert.True(swapped);
        Assert.True(searches > 0);
        Assert.Equal(0, failures);
        Assert.False(Directory.Exists(Path.Combine(site.DataPath, "Lucene", "Search.rebuild")));
        Assert.Equal(3, (await site.SearchAsync("q=vidéosurveillance"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Start_WithTheIndexFolderGone_RebuildsFromTheLogBeforeReady()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "efus-search-tests", Guid.NewGuid().ToString("n"));
        using (var first = new SearchSite(dataPath: dataPath, keepData: true))
        {
            first.CreateClient();
        }

        Directory.Delete(Path.Combine(dataPath, "Lucene"), recursive: true);
        using var second = new SearchSite(dataPath: dataPath);
        var status = await second.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.True(status.IsSuccessStatusCode);
        Assert.Equal(3, (await second.SearchAsync("q=vidéosurveillance"))["total"]!.GetValue<int>());
        Assert.True(File.Exists(Path.Combine(dataPath, "lucene.status.json")));
    }

    [Fact]
    public async Task ResetRequest_FromARecipeStep_IsCarriedOut()
    {
        using var site = new SearchSite();
        site.CreateClient();

        await site.WithScopeAsync(services => services.GetRequiredService<IDocumentStore>()
            .SaveAsync(DocumentNames.LuceneIndexRequests, new JsonObject { ["Reset"] = new JsonArray("Search") }));

        JsonObject? requests = null;
        await site.WithScopeAsync(async services => requests = await services.GetRequiredService<IDocumentStore>().GetAsync(DocumentNames.LuceneIndexRequests));
        Assert.Empty(requests!["Reset"]!.AsArray());
        Assert.Equal(3, (await site.SearchAsync("q=vidéosurveillance"))["total"]!.GetValue<int>());
    }
}
