using Efus.Cms.Search.Lucene.Documents;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Tests.Documents;

/// Numbers written with one reused token stream per thread must index the terms, and store the values, that
/// Lucene.Net's Int64Field and DoubleField give, however the documents are spread over threads.
public sealed class NumberFieldTests
{
    private const int Count = 400;

    [Fact]
    public void NumberField_FromTwoThreads_SameTermsStoredValuesAndRangesAsLuceneNetsFields()
    {
        using var lucene = Index((name, value) => new Int64Field(name, value, Field.Store.YES), (name, value) => new DoubleField(name, value, Field.Store.NO));
        using var reused = Index((name, value) => NumberField.Int64(name, value, Field.Store.YES), (name, value) => NumberField.Double(name, value, Field.Store.NO));

        foreach (var field in new[] { "Year", "Price" })
        {
            Assert.Equal(Terms(lucene, field), Terms(reused, field));
            Assert.True(Terms(reused, field).Count > Count);
        }

        using var reader = DirectoryReader.Open(reused);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(101, searcher.Search(NumericRangeQuery.NewInt64Range("Year", 2000L, 2100L, true, true), Count).TotalHits);
        Assert.Equal(10, searcher.Search(NumericRangeQuery.NewDoubleRange("Price", 0.5, 5.5, true, false), Count).TotalHits);
        var hit = searcher.Search(new TermQuery(new Term("Id", "123")), 1).ScoreDocs.Single();
        Assert.Equal(123L + 1900, searcher.Doc(hit.Doc).GetField("Year").GetInt64Value());
    }

    private static RAMDirectory Index(Func<string, long, Field> int64, Func<string, double, Field> @double)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()));
        Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            writer.AddDocument(new Document
            {
                new StringField("Id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                int64("Year", 1900L + i),
                @double("Price", i * 0.5),
                int64("Negative", -i * 1000L),
            });
        });
        writer.Commit();
        return directory;
    }

    private static List<string> Terms(RAMDirectory directory, string field)
    {
        using var reader = DirectoryReader.Open(directory);
        var terms = new List<string>();
        var enumerator = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (enumerator.MoveNext())
        {
            terms.Add(enumerator.Term.Utf8ToString() + ":" + enumerator.DocFreq);
        }

        return terms;
    }
}
