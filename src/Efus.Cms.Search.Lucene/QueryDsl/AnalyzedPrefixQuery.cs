using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// Elasticsearch's analyze_wildcard for a prefix: the text before "*" goes through the analyzer so
/// "Vidéo*" meets the folded, stemmed index terms. Every position but the last must match as a
/// term, the last as a prefix; tokens sharing a position (a compound and its glued form) are alternatives.
internal static class AnalyzedPrefixQuery
{
    /// Null when the analyzer keeps nothing of the text (only stop words or punctuation).
    public static Query? Create(Analyzer analyzer, string field, string text, MultiTermQuery.RewriteMethod rewrite)
    {
        var positions = Analyze(analyzer, field, text);
        if (positions.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        for (var i = 0; i < positions.Count; i++)
        {
            var last = i == positions.Count - 1;
            var alternatives = new BooleanQuery(true);
            foreach (var token in positions[i])
            {
                var term = new Term(field, token);
                alternatives.Add(last ? new PrefixQuery(term) { MultiTermRewriteMethod = rewrite } : new TermQuery(term), Occur.SHOULD);
            }

            query.Add(alternatives.Clauses.Count == 1 ? alternatives.Clauses[0].Query : alternatives, Occur.MUST);
        }

        return query.Clauses.Count == 1 ? query.Clauses[0].Query : query;
    }

    private static List<List<string>> Analyze(Analyzer analyzer, string field, string text)
    {
        var positions = new List<List<string>>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                positions.Add([]);
            }

            positions[^1].Add(term.ToString());
        }

        stream.End();
        return positions;
    }
}
