using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// Lucene's SimpleQueryParser with bounded prefix expansion and Elasticsearch's analyze_wildcard:
/// the text before "*" goes through the analyzer, so "Vidéo*" meets the folded, stemmed index terms.
internal sealed class BoundedSimpleQueryParser(
    Analyzer analyzer,
    IDictionary<string, float> weights,
    MultiTermQuery.RewriteMethod rewrite,
    bool analyzeWildcard)
    : SimpleQueryParser(analyzer, weights)
{
    protected override Query NewPrefixQuery(string text)
    {
        var query = new BooleanQuery(true);
        foreach (var (field, weight) in m_weights)
        {
            var prefix = analyzeWildcard ? AnalyzedPrefix(field, text) : Prefix(field, text);
            if (prefix is not null)
            {
                prefix.Boost = weight;
                query.Add(prefix, Occur.SHOULD);
            }
        }

        return Simplify(query);
    }

    private PrefixQuery Prefix(string field, string text) =>
        new(new Term(field, text)) { MultiTermRewriteMethod = rewrite };

    // Every position but the last must match as a term, the last as a prefix; tokens sharing a
    // position (a compound and its glued form) are alternatives.
    private Query? AnalyzedPrefix(string field, string text)
    {
        var positions = new List<List<string>>();
        using (var stream = Analyzer.GetTokenStream(field, text))
        {
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
        }

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
                alternatives.Add(last ? Prefix(field, token) : new TermQuery(new Term(field, token)), Occur.SHOULD);
            }

            query.Add(alternatives.Clauses.Count == 1 ? alternatives.Clauses[0].Query : alternatives, Occur.MUST);
        }

        return query.Clauses.Count == 1 ? query.Clauses[0].Query : query;
    }
}
