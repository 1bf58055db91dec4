using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>Adds entries to a Lucene document the way Orchard's LuceneIndexManager does (stored or not, analyzed or keyword, source copies).</summary>
internal sealed class DocumentWriter(bool storeSourceData)
{
    /// <summary>A writer whose document nobody reads (bag items only feed the full text).</summary>
    public static DocumentWriter Discard => new(false);

    private readonly HashSet<(string, string)> _facets = [];

    public Document Document { get; } = [];

    public void Keyword(string name, string? value, bool stored)
    {
        if (value is null)
        {
            return;
        }

        Document.Add(new StringField(name, value, stored ? Field.Store.YES : Field.Store.NO));
        Source(name, value);
    }

    public void Text(string name, string? value, bool stored)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        Document.Add(new TextField(name, value, stored ? Field.Store.YES : Field.Store.NO));
        Source(name, value);
    }

    public void Value(string key, IndexValue value, FieldIndexSettings settings)
    {
        var name = key + value.Suffix;
        var store = settings.Stored ? Field.Store.YES : Field.Store.NO;
        switch (value)
        {
            case TextValue text when settings.Keyword:
                Keyword(name, text.Text, settings.Stored);
                break;
            case TextValue text:
                Text(name, text.Text, settings.Stored);
                if (!settings.Stored && text.Text.Length <= 256)
                {
                    // Orchard's Elasticsearch-compatible exact copy of short texts.
                    Document.Add(new StringField(name + IndexingConstants.KeywordSuffix, text.Text, Field.Store.NO));
                }

                break;
            case KeywordValue keyword:
                Keyword(name, keyword.Value, settings.Stored);
                break;
            case LongValue number:
                Document.Add(new Int64Field(name, number.Value, store));
                Source(name, number.Value);
                break;
            case DoubleValue number:
                Document.Add(new DoubleField(name, number.Value, store));
                Source(name, number.Value);
                break;
        }
    }

    /// <summary>A facet value: searchable as a keyword, countable through sorted-set doc values.</summary>
    public void Facet(string dimension, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !_facets.Add((dimension, value)))
        {
            return;
        }

        var name = IndexingConstants.Facet(dimension);
        Document.Add(new StringField(name, value, Field.Store.NO));
        Document.Add(new SortedSetDocValuesField(name, new BytesRef(value)));
    }

    public void Own(IIndexableField field) => Document.Add(field);

    private void Source(string name, string value)
    {
        if (storeSourceData)
        {
            Document.Add(new StoredField(IndexingConstants.SourcePrefix + name, value));
        }
    }

    private void Source(string name, long value)
    {
        if (storeSourceData)
        {
            Document.Add(new StoredField(IndexingConstants.SourcePrefix + name, value));
        }
    }

    private void Source(string name, double value)
    {
        if (storeSourceData)
        {
            Document.Add(new StoredField(IndexingConstants.SourcePrefix + name, value));
        }
    }
}
