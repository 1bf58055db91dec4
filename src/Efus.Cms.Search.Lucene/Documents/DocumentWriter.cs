using Efus.Cms.Search.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>
/// Adds entries to a Lucene document the way Orchard's LuceneIndexManager does (stored or not, analyzed
/// or keyword, source copies). With the index analyzer, each distinct text of the document is analysed
/// once, here, and its tokens replayed for every name it is indexed under (the analyzers of
/// <see cref="AnalyzerRegistry"/> analyse a text the same way whatever the field).
/// </summary>
internal sealed class DocumentWriter(bool storeSourceData, Analyzer? analyzer = null)
{
    /// <summary>A writer whose document nobody reads (bag items only feed the full text).</summary>
    public static DocumentWriter Discard => new(false);

    private readonly HashSet<(string, string)> _facets = [];
    private readonly Dictionary<string, AnalyzedText> _analyzed = new(StringComparer.Ordinal);

    public Document Document { get; } = [];

    public void Keyword(string name, string? value, bool stored)
    {
        if (value is null)
        {
            return;
        }

        Document.Add(new KeywordField(name, value, stored));
        Source(name, value);
    }

    /// <param name="name">The field.</param>
    /// <param name="value">Its text.</param>
    /// <param name="stored">Whether the text is stored.</param>
    /// <param name="gluedPairs">
    /// Whether the glued pairs of adjacent words are indexed too (with the analyzer; see <see cref="ReplayTokenStream"/>).
    /// </param>
    public void Text(string name, string? value, bool stored, bool gluedPairs = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        Document.Add(analyzer is null
            ? new TextField(name, value, stored ? Field.Store.YES : Field.Store.NO)
            : new ReplayedTextField(name, value, stored, [Analyzed(name, value)], [value.Length], gluedPairs));
        Source(name, value);
    }

    /// <summary>
    /// An analysed field whose text is <paramref name="segments"/> joined by spaces (the full text): with
    /// the analyzer, segments already analysed for another field are not analysed again.
    /// </summary>
    /// <param name="name">The field.</param>
    /// <param name="segments">The texts it is made of.</param>
    /// <param name="stored">Whether the text is stored.</param>
    /// <param name="text">The segments joined by spaces, when the caller already joined them.</param>
    public void JoinedText(string name, IReadOnlyList<string> segments, bool stored, string? text = null)
    {
        text ??= string.Join(' ', segments);
        if (analyzer is null || text.Length == 0)
        {
            Text(name, text, stored);
            return;
        }

        Document.Add(new ReplayedTextField(name, text, stored, [.. segments.Select(s => Analyzed(name, s))], [.. segments.Select(s => s.Length)], gluedPairs: true));
        Source(name, text);
    }

    private AnalyzedText Analyzed(string name, string text)
    {
        if (!_analyzed.TryGetValue(text, out var analyzed))
        {
            analyzed = AnalyzedText.Analyze(analyzer!, name, text);
            _analyzed[text] = analyzed;
        }

        return analyzed;
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
                // The per-field copies ({Type}.{Field}, {Part}.{Field}) serve the query DSL only; people search
                // the full text and the title. Leaving out their glued pairs of words cut a third of their
                // terms (see docs/search.md, "Performance").
                Text(name, text.Text, settings.Stored, gluedPairs: false);
                if (!settings.Stored && text.Text.Length <= 256)
                {
                    // Orchard's Elasticsearch-compatible exact copy of short texts.
                    Document.Add(new KeywordField(name + IndexingConstants.KeywordSuffix, text.Text, stored: false));
                }

                break;
            case KeywordValue keyword:
                Keyword(name, keyword.Value, settings.Stored);
                break;
            case LongValue number:
                Document.Add(NumberField.Int64(name, number.Value, store));
                Source(name, number.Value);
                break;
            case DoubleValue number:
                Document.Add(NumberField.Double(name, number.Value, store));
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
        Document.Add(new KeywordField(name, value, stored: false));
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
