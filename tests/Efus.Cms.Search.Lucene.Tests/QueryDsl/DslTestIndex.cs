using Efus.Cms.Search.Lucene.Analysis;
using Efus.Cms.Search.Lucene.QueryDsl;
using Lucene.Net.Documents;

namespace Efus.Cms.Search.Lucene.Tests.QueryDsl;

/// Four documents shaped like Orchard Core's: an analyzed body, keyword ContentType and Title,
/// an analyzed Summary, an Int64 Price and a Double Rating.
public sealed class DslTestIndex : IDisposable
{
    private static readonly (string Body, string Summary, string Type, string Title, long Price, double Rating)[] _documents =
    [
        ("La vidéo-surveillance des villes", "Lyon", "Article", "b", 10, 4.5),
        ("Les caméras de la police municipale", "", "Article", "a", 20, 3.0),
        ("Cybersécurité et prévention", "", "BlogPost", "c", 30, 5.0),
        ("Prévention de la délinquance à Lyon", "Villeurbanne, Vénissieux", "Page", "d", 5, 1.0),
    ];

    public DslTestIndex()
    {
        Index = new InMemoryIndex(Analyzer);
        for (var i = 0; i < _documents.Length; i++)
        {
            var (body, summary, type, title, price, rating) = _documents[i];
            var id = i.ToString();
            Index.Add(document =>
            {
                document.Add(new StringField("id", id, Field.Store.YES));
                document.Add(new TextField(InMemoryIndex.Body, body, Field.Store.YES));
                document.Add(new TextField("Summary", summary, Field.Store.NO));
                document.Add(new StringField("ContentType", type, Field.Store.YES));
                document.Add(new StringField("Title", title, Field.Store.YES));
                document.Add(new Int64Field("Price", price, Field.Store.YES));
                document.Add(new DoubleField("Rating", rating, Field.Store.YES));
            });
        }
    }

    public FrenchSearchAnalyzer Analyzer { get; } = new();

    public InMemoryIndex Index { get; }

    public static NumericType NumericFields(string field) => field switch
    {
        "Price" => NumericType.INT64,
        "Rating" => NumericType.DOUBLE,
        _ => NumericType.NONE,
    };

    public ParsedSearchRequest Parse(string json) => new LuceneQueryDslParser().Parse(json, Analyzer, NumericFields);

    /// Ids of the hits, in hit order, paged as the request says.
    public IReadOnlyList<int> Search(string json)
    {
        var request = Parse(json);
        return [.. Index.Search(request.Query, request.From + request.Size, request.Sort).Skip(request.From)];
    }

    public void Dispose()
    {
        Index.Dispose();
        Analyzer.Dispose();
    }
}
