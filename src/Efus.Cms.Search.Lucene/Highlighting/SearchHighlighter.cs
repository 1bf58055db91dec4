using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Efus.Cms.Search.Lucene.Highlighting;

/// <summary>
/// Builds result snippets: the best fragments of a field's original (HTML-stripped) text, HTML
/// encoded, with <c>&lt;mark&gt;</c> around the words the query matched. The words are marked as
/// written in the text ("Vidéo-surveillance"), not as indexed. Cheap to create; not thread-safe.
/// Analysis of the text stops as soon as the fragments to return are settled (enough finished fragments
/// hold every word of a plain term query: no later one can replace them), which gives the same fragments
/// as analysing the whole text (<see cref="SettlingScorer"/>).
/// </summary>
public sealed class SearchHighlighter
{
    private const string PreTag = "<mark>";
    private const string PostTag = "</mark>";
    private readonly int _fragmentSize;
    private readonly int _maxCharsToAnalyze;
    private readonly bool _stopWhenSettled;

    /// <param name="fragmentSize">Approximate fragment length in characters.</param>
    /// <param name="maxCharsToAnalyze">Text beyond this many characters is not searched for matches.</param>
    /// <param name="stopWhenSettled">Stop analysing once the fragments are settled (false: always analyse up to <paramref name="maxCharsToAnalyze"/>; same fragments, slower).</param>
    public SearchHighlighter(int fragmentSize = 150, int maxCharsToAnalyze = 50 * 1024, bool stopWhenSettled = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fragmentSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCharsToAnalyze);
        _fragmentSize = fragmentSize;
        _maxCharsToAnalyze = maxCharsToAnalyze;
        _stopWhenSettled = stopWhenSettled;
    }

    /// <summary>
    /// Up to <paramref name="maxFragments"/> fragments, best first, each safe to insert as HTML;
    /// empty when the query matches nothing in <paramref name="text"/> for <paramref name="fieldName"/>.
    /// </summary>
    /// <param name="query">The query that was searched (multi-term queries are expanded against the text).</param>
    /// <param name="analyzer">The index analyzer, so the text is tokenized as it was indexed.</param>
    /// <param name="fieldName">The field the text belongs to; only query terms on it are marked.</param>
    /// <param name="text">The field's original text, HTML already stripped.</param>
    /// <param name="maxFragments">Most fragments to return.</param>
    public IReadOnlyList<string> GetFragments(Query query, Analyzer analyzer, string fieldName, string text, int maxFragments = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFragments);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var scorer = new QueryScorer(query, fieldName);
        scorer.SetMaxDocCharsToAnalyze(_maxCharsToAnalyze);
        var settling = new SettlingScorer(scorer, _stopWhenSettled ? PlainTerms(query, fieldName) : null, maxFragments);
        var highlighter = new Highlighter(new SimpleHTMLFormatter(PreTag, PostTag), new HtmlTextEncoder(), settling)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, _fragmentSize),
            MaxDocCharsToAnalyze = _maxCharsToAnalyze,
        };

        var queryTerms = QueryTerms(query, fieldName);
        var tokens = analyzer.GetTokenStream(fieldName, text);
        TokenStream pruned = queryTerms is null ? tokens : new GlueTokenPruningFilter(tokens, queryTerms);
        using var stream = new SettledStopFilter(pruned, settling);
        var fragments = highlighter.GetBestTextFragments(stream, text, mergeContiguousFragments: true, maxFragments);
        return [.. fragments
            .Where(fragment => fragment is not null && fragment.Score > 0)
            .Select(fragment => fragment.ToString().Trim())];
    }

    // The plain terms the query names on the field, or null when they cannot be listed (then no
    // glued token is pruned). Multi-term queries list none, so their glued tokens are pruned.
    private static HashSet<string>? QueryTerms(Query query, string fieldName)
    {
        try
        {
            return [.. QueryTermExtractor.GetTerms(query, prohibited: false, fieldName).Select(term => term.Term)];
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // The distinct texts of the query's terms on the field, or null unless the query is only term
    // queries in boolean queries without a prohibited clause (what the people search builds): then the
    // scorer weighs exactly these terms, and the best possible fragment score is known.
    private static HashSet<string>? PlainTerms(Query query, string fieldName)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        return Collect(query) ? terms : null;

        bool Collect(Query part)
        {
            switch (part)
            {
                case TermQuery term:
                    if (term.Term.Field == fieldName)
                    {
                        terms.Add(term.Term.Text);
                    }

                    return true;
                case BooleanQuery boolean:
                    return boolean.Clauses.All(c => c.Occur != Occur.MUST_NOT && Collect(c.Query));
                default:
                    return false;
            }
        }
    }
}
