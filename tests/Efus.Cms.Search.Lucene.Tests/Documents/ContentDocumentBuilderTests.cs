using Efus.Cms.Search.Lucene.Analysis;
using Efus.Cms.Search.Lucene.Documents;
using Efus.Cms.Search.Lucene.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging.Abstractions;

namespace Efus.Cms.Search.Lucene.Tests.Documents;

public sealed class ContentDocumentBuilderTests
{
    private static readonly LuceneIndexSettings _settings = new("Search", "frenchanalyzer", false, ["ConferenceReport", "Publication", "Page"], "any", false);

    private static Document Build(Efus.Cms.Core.Content.ContentItem item, IReadOnlyDictionary<string, string>? attachments = null, LuceneIndexSettings? settings = null) =>
        new ContentDocumentBuilder().Build(item, TestDefinitions.Create(), settings ?? _settings, attachments);

    [Fact]
    public void Build_ConferenceReport_HasOrchardCommonFields()
    {
        var document = Build(TestDefinitions.ConferenceReport());

        Assert.Equal("conf1", document.Get("ContentItemId"));
        Assert.Equal("conf1v1", document.Get("ContentItemVersionId"));
        Assert.Equal("ConferenceReport", document.Get("Content.ContentItem.ContentType"));
        Assert.Equal("20240301102030", document.Get("Content.ContentItem.CreatedUtc"));
        Assert.Equal("20240302000000", document.Get("Content.ContentItem.ModifiedUtc"));
        Assert.Equal("NULL", document.Get("Content.ContentItem.PublishedUtc"));
        Assert.Equal("true", document.Get("Content.ContentItem.Published"));
        Assert.Equal("true", document.Get("Content.ContentItem.Latest"));
        Assert.Equal("owner1", document.Get("Content.ContentItem.Owner"));
        Assert.Equal("admin", document.Get("Content.ContentItem.Author"));
        Assert.Equal("Sécurité, Démocratie et Villes 2024", document.Get("Content.ContentItem.DisplayText.keyword"));
        Assert.Equal("securite, democratie et villes 2024", document.Get("Content.ContentItem.DisplayText.Normalized"));
        Assert.NotNull(document.GetField("Content.ContentItem.DisplayText.Analyzed"));
        Assert.Equal("fr-fr", document.Get("LocalizationPart.Culture"));
        Assert.Equal("set1", document.Get("LocalizationPart.LocalizationSet"));
        Assert.Equal("fr-fr", document.Get("ConferenceReport.LocalizationPart.Culture"));
        Assert.Equal("conferences/sdv-2024", document.Get(IndexingConstants.Path));
    }

    [Fact]
    public void Build_IncludedFields_UseTypeAndPartKeys()
    {
        var document = Build(TestDefinitions.ConferenceReport());

        Assert.NotNull(document.GetField("ConferenceReport.Conference"));
        Assert.NotNull(document.GetField("ConferenceReport.Conference.keyword"));
        Assert.Equal(2024L, document.GetField("ConferenceReport.Year").GetInt64Value());
        Assert.Equal(["term1", "term2"], document.GetValues("ConferenceReport.Themes.Ids"));
        Assert.Equal("Les villes face aux menaces & aux risques", document.GetField("ConferenceReport.Summary").GetStringValue());
    }

    [Fact]
    public void Build_FullText_HoldsTitleFieldsAndBagSessionsWithoutHtml()
    {
        var document = Build(TestDefinitions.ConferenceReport());

        var fullText = document.GetField("Content.ContentItem.FullText").GetStringValue();
        Assert.Contains("Sécurité, Démocratie et Villes 2024", fullText, StringComparison.Ordinal);
        Assert.Contains("Les villes face aux menaces & aux risques", fullText, StringComparison.Ordinal);
        Assert.Contains("Comment les villes combattent le cybercrime", fullText, StringComparison.Ordinal);
        Assert.Contains("Un panorama des rançongiciels", fullText, StringComparison.Ordinal);
        Assert.Contains("Jeanne Martin", fullText, StringComparison.Ordinal);
        Assert.DoesNotContain("<", fullText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FullText_IsFoundBySessionTitleWord()
    {
        using var analyzer = new FrenchSearchAnalyzer();
        var hits = Search(analyzer, Build(TestDefinitions.ConferenceReport()), Word(analyzer, "cybercrime"));

        Assert.Equal(1, hits);
    }

    [Fact]
    public void Build_Facets_TypeThemesYear()
    {
        var document = Build(TestDefinitions.ConferenceReport());

        Assert.Equal(["ConferenceReport"], document.GetValues(IndexingConstants.Facet("type")));
        Assert.Equal(["term1", "term2"], document.GetValues(IndexingConstants.Facet("theme")));
        Assert.Equal(["2024"], document.GetValues(IndexingConstants.Facet("year")));
    }

    [Fact]
    public void Build_StartAndEndYear_FacetEveryYearOfTheSpan()
    {
        var item = TestDefinitions.Item("""
        { "ContentItemId": "p1", "ContentItemVersionId": "p1v", "ContentType": "CooperationProject", "DisplayText": "CCTV", "Published": true, "Latest": true,
          "CooperationProject": { "StartYear": { "Value": 2009 }, "EndYear": { "Value": 2011 } } }
        """);

        Assert.Equal(["2009", "2010", "2011"], Build(item).GetValues(IndexingConstants.Facet("year")));
    }

    [Fact]
    public void Build_PublicationFields_KeywordDoublePickerAndCountryFacet()
    {
        var item = TestDefinitions.Item("""
        { "ContentItemId": "pub1", "ContentItemVersionId": "pub1v", "ContentType": "Publication", "DisplayText": "Charte", "Published": true, "Latest": true,
          "Publication": { "Kind": { "Text": "Charte" }, "Country": { "Text": "France" }, "Price": { "Value": 12.5 },
            "RelatedProjects": { "ContentItemIds": ["p1", "p2"] } } }
        """);

        var document = Build(item);

        var kind = document.GetField("Publication.Kind");
        Assert.Equal("Charte", kind.GetStringValue());
        Assert.False(kind.IndexableFieldType.IsTokenized);
        Assert.True(kind.IndexableFieldType.IsStored);
        Assert.Equal(12.5, document.GetField("Publication.Price").GetDoubleValue());
        Assert.Equal(["p1", "p2"], document.GetValues("Publication.RelatedProjects"));
        Assert.Null(document.GetField("Publication.Country"));
        Assert.Equal(["France"], document.GetValues(IndexingConstants.Facet("country")));
    }

    [Fact]
    public void Build_HtmlBodyPart_IsTheBodyAspectAndItsOwnKeys()
    {
        var item = TestDefinitions.Item("""
        { "ContentItemId": "page1", "ContentItemVersionId": "page1v", "ContentType": "Page", "DisplayText": "Accueil", "Published": true, "Latest": true,
          "HtmlBodyPart": { "Html": "<p>L’IA et la <strong>ville</strong></p>" } }
        """);

        var document = Build(item);

        Assert.Equal("L’IA et la ville", document.GetField("Content.BodyAspect.Body").GetStringValue());
        Assert.NotNull(document.GetField("HtmlBodyPart"));
        Assert.NotNull(document.GetField("Page.HtmlBodyPart"));
    }

    [Fact]
    public void Build_StoreSourceData_StoresSourceCopies()
    {
        var document = Build(TestDefinitions.ConferenceReport(), settings: _settings with { StoreSourceData = true });

        Assert.Equal("Sécurité, Démocratie et Villes", document.Get("_source.ConferenceReport.Conference"));
    }

    [Fact]
    public async Task Build_PdfAttachment_TextIsInFullTextAndFileText()
    {
        var media = new InMemoryMediaStore();
        await media.SaveAsync("publications/rapport.pdf", TestPdf.WithText("Rapport annuel sur la cybercriminalite", "Observatoire des rancongiciels"));
        var item = TestDefinitions.Item("""
        { "ContentItemId": "pub2", "ContentItemVersionId": "pub2v", "ContentType": "Publication", "DisplayText": "Rapport", "Published": true, "Latest": true,
          "Publication": { "Document": { "Paths": ["publications/rapport.pdf"] } } }
        """);
        var builder = new ContentDocumentBuilder();
        var definitions = TestDefinitions.Create();
        var reader = new AttachmentTextReader(media, new LuceneSearchOptions(), NullLogger<AttachmentTextReader>.Instance);

        var paths = builder.AttachmentPaths(item, definitions);
        var texts = await reader.ReadAsync(paths, CancellationToken.None);
        var document = builder.Build(item, definitions, _settings, texts);

        Assert.Equal(["publications/rapport.pdf"], paths);
        Assert.Contains("Observatoire des rancongiciels", document.GetField(IndexingConstants.FullText).GetStringValue(), StringComparison.Ordinal);
        Assert.Contains("cybercriminalite", document.GetField("Publication.Document.FileText").GetStringValue(), StringComparison.Ordinal);
        Assert.Equal("publications/rapport.pdf", document.GetField("Publication.Document.Paths").GetStringValue());
        using var analyzer = new FrenchSearchAnalyzer();
        Assert.Equal(1, Search(analyzer, document, Word(analyzer, "observatoire")));
    }

    [Fact]
    public async Task AttachmentTextReader_DamagedPdf_IsSkipped()
    {
        var media = new InMemoryMediaStore();
        await media.SaveAsync("bad.pdf", "not a pdf at all"u8.ToArray());
        var reader = new AttachmentTextReader(media, new LuceneSearchOptions(), NullLogger<AttachmentTextReader>.Instance);

        var texts = await reader.ReadAsync(["bad.pdf", "missing.pdf"], CancellationToken.None);

        Assert.Empty(texts);
    }

    private static TermQuery Word(FrenchSearchAnalyzer analyzer, string word) =>
        new(new Term(IndexingConstants.FullText, Efus.Cms.Search.Lucene.People.UserQuery.Analyze(analyzer, word).Positions[0].Terms[0]));

    private static int Search(FrenchSearchAnalyzer analyzer, Document document, Query query)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.AddDocument(document);
        }

        using var reader = DirectoryReader.Open(directory);
        return new IndexSearcher(reader).Search(query, 10).TotalHits;
    }
}
