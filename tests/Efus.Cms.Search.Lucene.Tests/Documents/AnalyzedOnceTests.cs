using Efus.Cms.Search.Lucene.Analysis;
using Efus.Cms.Search.Lucene.Documents;
using Efus.Cms.Search.Lucene.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Tests.Documents;

/// <summary>
/// The site builds documents with the index analyzer (each text analysed once, tokens replayed for every
/// field that holds it): the index must hold what analysing each field separately gives.
/// </summary>
public sealed class AnalyzedOnceTests
{
    private static readonly LuceneIndexSettings _settings = new("Search", "frenchanalyzer", false, ["ConferenceReport", "Publication", "Page"], "any", false);

    [Fact]
    public void Replayed_Document_IndexesTheSameTermsAndPositionsAsTheWriterAnalysingEachField()
    {
        var item = TestDefinitions.ConferenceReport();
        using var analyzer = new AnalyzerRegistry().Create(FrenchSearchAnalyzer.Name);
        var builder = new ContentDocumentBuilder();
        var separate = Postings(analyzer, builder.Build(item, TestDefinitions.Create(), _settings));
        var once = Postings(analyzer, builder.Build(item, TestDefinitions.Create(), _settings, analyzer: analyzer));

        Assert.Contains("ConferenceReport.Summary", separate.Keys);
        Assert.Contains(IndexingConstants.FullText, separate.Keys);
        Assert.Equal(separate.Keys.Order(StringComparer.Ordinal), once.Keys.Order(StringComparer.Ordinal));
        string[] searchedByPeople = [IndexingConstants.FullText, IndexingConstants.DisplayTextAnalyzed, IndexingConstants.BodyAspectBody];
        foreach (var field in separate.Keys.Where(f => f != IndexingConstants.FullText && searchedByPeople.Contains(f)))
        {
            Assert.Equal(separate[field], once[field]);
        }

        // The per-field copies ({Type}.{Field}, {Part}.{Field}) leave out the glued pairs of words, and only them:
        // every other term keeps its position.
        var glued = GluedTerms(analyzer, builder.Build(item, TestDefinitions.Create(), _settings));
        var copies = separate.Keys.Where(f => !searchedByPeople.Contains(f)).ToList();
        Assert.Contains("ConferenceReport.Conference", copies);
        var lostInCopies = 0;
        foreach (var field in copies)
        {
            Assert.Empty(once[field].Except(separate[field]));
            var left = separate[field].Except(once[field]).ToList();
            Assert.All(left, posting => Assert.Contains(posting[..posting.LastIndexOf('@')], glued));
            lostInCopies += left.Count;
        }

        Assert.Contains("securitedemocrat@1", separate["ConferenceReport.Conference"]);
        Assert.DoesNotContain("securitedemocrat@1", once["ConferenceReport.Conference"]);
        Assert.Contains("democrat@1", once["ConferenceReport.Conference"]);
        Assert.InRange(lostInCopies, 2, int.MaxValue);

        // The full text is its texts joined: only the glued pair of a text's last word and the next
        // text's first word is not made any more.
        var lost = separate[IndexingConstants.FullText].Except(once[IndexingConstants.FullText]).ToList();
        Assert.Empty(once[IndexingConstants.FullText].Except(separate[IndexingConstants.FullText]));
        Assert.InRange(lost.Count, 1, 8);
        Assert.True(separate[IndexingConstants.FullText].Count > 3 * lost.Count);
    }

    [Theory]
    [InlineData("cybercrime")]
    [InlineData("sécurité")]
    [InlineData("ville")]
    [InlineData("menace")]
    public void Replayed_Document_IsFoundByFrenchWords(string word)
    {
        using var analyzer = new AnalyzerRegistry().Create(FrenchSearchAnalyzer.Name);
        var item = TestDefinitions.ConferenceReport();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.AddDocument(new ContentDocumentBuilder().Build(item, TestDefinitions.Create(), _settings, analyzer: analyzer));
        }

        using var reader = DirectoryReader.Open(directory);
        var query = new global::Lucene.Net.QueryParsers.Classic.QueryParser(LuceneVersion.LUCENE_48, IndexingConstants.FullText, analyzer).Parse(word);
        Assert.Equal(1, new IndexSearcher(reader).Search(query, 1).TotalHits);
    }

    [Theory]
    [InlineData("""{"query":{"match_phrase":{"ConferenceReport.Conference":"sécurité démocratie"}}}""", 1)]
    [InlineData("""{"query":{"match":{"ConferenceReport.Conference":"démocraties"}}}""", 1)]
    [InlineData("""{"query":{"match":{"ConferenceReport.Summary":"la ville"}}}""", 1)]
    [InlineData("""{"query":{"match":{"ConferenceReport.Summary":{"query":"menace risque","operator":"and"}}}}""", 1)]
    [InlineData("""{"query":{"term":{"ConferenceReport.Conference":"securitedemocrat"}}}""", 0)]
    [InlineData("""{"query":{"term":{"Content.ContentItem.FullText":"securitedemocrat"}}}""", 1)]
    public void Replayed_Document_PerFieldCopiesAnswerTheQueryDslInFrench(string json, int expected)
    {
        using var analyzer = new AnalyzerRegistry().Create(FrenchSearchAnalyzer.Name);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.AddDocument(new ContentDocumentBuilder().Build(TestDefinitions.ConferenceReport(), TestDefinitions.Create(), _settings, analyzer: analyzer));
        }

        using var reader = DirectoryReader.Open(directory);
        var request = new global::Efus.Cms.Search.Lucene.QueryDsl.LuceneQueryDslParser().Parse(json, analyzer);
        Assert.Equal(expected, new IndexSearcher(reader).Search(request.Query, 1).TotalHits);
    }

    [Fact]
    public void Replayed_Documents_WrittenOneAfterTheOtherOnOneThread_EachKeepTheirOwnKeywordsAndTexts()
    {
        // Keyword and replayed text fields share one token stream per thread: each field must still index its own value.
        using var analyzer = new AnalyzerRegistry().Create(FrenchSearchAnalyzer.Name);
        var first = TestDefinitions.ConferenceReport();
        var second = TestDefinitions.ConferenceReport();
        second.ContentItemId = "conf2";
        second.Part("ConferenceReport")!["Conference"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Prévention urbaine" };
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            var builder = new ContentDocumentBuilder();
            writer.AddDocument(builder.Build(first, TestDefinitions.Create(), _settings, analyzer: analyzer));
            writer.AddDocument(builder.Build(second, TestDefinitions.Create(), _settings, analyzer: analyzer));
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        int Hits(string field, string term) => searcher.Search(new TermQuery(new Term(field, term)), 10).TotalHits;
        int Words(string field, string words) =>
            searcher.Search(new global::Lucene.Net.QueryParsers.Classic.QueryParser(LuceneVersion.LUCENE_48, field, analyzer).Parse(words), 10).TotalHits;
        Assert.Equal(1, Hits(IndexingConstants.ContentItemId, "conf1"));
        Assert.Equal(1, Hits(IndexingConstants.ContentItemId, "conf2"));
        Assert.Equal(2, Hits(IndexingConstants.ContentType, "ConferenceReport"));
        Assert.Equal(1, Hits("ConferenceReport.Conference.keyword", "Sécurité, Démocratie et Villes"));
        Assert.Equal(1, Hits("ConferenceReport.Conference.keyword", "Prévention urbaine"));
        Assert.Equal(1, Words("ConferenceReport.Conference", "sécurité"));
        Assert.Equal(1, Words("ConferenceReport.Conference", "urbaines"));
        Assert.Equal(2, Hits(IndexingConstants.FullText, "securitedemocrat")); // both titles
        Assert.Equal(1, Words(IndexingConstants.FullText, "préventions"));
        Assert.Equal(2, Words(IndexingConstants.FullText, "cybercrime"));
    }

    // The glued pairs of words (WordGlueFilter) the analyzer makes of the document's analysed texts.
    private static HashSet<string> GluedTerms(global::Lucene.Net.Analysis.Analyzer analyzer, Document document)
    {
        var glued = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in document.Fields.Where(f => f.IndexableFieldType.IsTokenized && f.GetStringValue() is not null))
        {
            using var stream = analyzer.GetTokenStream(field.Name, field.GetStringValue());
            var term = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            var type = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ITypeAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (type.Type == "glue")
                {
                    glued.Add(term.ToString());
                }
            }

            stream.End();
        }

        return glued;
    }

    // field → "term@position" for every position of every term of the document.
    private static Dictionary<string, HashSet<string>> Postings(global::Lucene.Net.Analysis.Analyzer analyzer, Document document)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.AddDocument(document);
        }

        using var reader = DirectoryReader.Open(directory);
        var atomic = reader.Leaves[0].AtomicReader;
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var field in atomic.Fields)
        {
            var terms = atomic.GetTerms(field);
            if (!terms.HasPositions)
            {
                continue;
            }

            var postings = new HashSet<string>(StringComparer.Ordinal);
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var positions = termsEnum.DocsAndPositions(null, null)!;
                positions.NextDoc();
                for (var i = 0; i < positions.Freq; i++)
                {
                    postings.Add($"{termsEnum.Term.Utf8ToString()}@{positions.NextPosition()}");
                }
            }

            result[field] = postings;
        }

        return result;
    }
}
