using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Tests;

/// A RAMDirectory index of "id" + "body" documents for one test, queried through the same analyzer.
public sealed class InMemoryIndex : IDisposable
{
    public const string Body = "body";
    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer;
    private DirectoryReader? _reader;

    public InMemoryIndex(Analyzer analyzer, params string[] bodies)
    {
        _analyzer = analyzer;
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer));
        for (var i = 0; i < bodies.Length; i++)
        {
            writer.AddDocument(new Document
            {
                new StringField("id", i.ToString(), Field.Store.YES),
                new TextField(Body, bodies[i], Field.Store.YES),
            });
        }

        writer.Commit();
    }

    public void Add(Action<Document> fill)
    {
        _reader?.Dispose();
        _reader = null;
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer));
        var document = new Document();
        fill(document);
        writer.AddDocument(document);
        writer.Commit();
    }

    public IndexSearcher Searcher => new(_reader ??= DirectoryReader.Open(_directory));

    /// Classic QueryParser with AND as the default operator, as the search page uses it.
    public IReadOnlyList<int> Search(string userQuery)
    {
        var parser = new QueryParser(LuceneVersion.LUCENE_48, Body, _analyzer) { DefaultOperator = Operator.AND };
        return Search(parser.Parse(userQuery));
    }

    public IReadOnlyList<int> Search(Query query, int size = 100, Sort? sort = null)
    {
        if (size == 0)
        {
            return [];
        }

        var searcher = Searcher;
        var hits = sort is null ? searcher.Search(query, size) : searcher.Search(query, size, sort);
        return [.. hits.ScoreDocs.Select(hit => int.Parse(searcher.Doc(hit.Doc).Get("id")))];
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
    }
}
