using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// Lucene's SimpleQueryParser with bounded prefix expansion and optional analyze_wildcard.
internal sealed class BoundedSimpleQueryParser(
    Analyzer analyzer,
    IDictionary<string, float> weights,
    MultiTermQuery.RewriteMethod rewrite,
    bool analyzeWildcard)
    : SimpleQueryParser(analyzer, weights)
{
    protected override Query NewPrefixQuery(string text)
    {
        // A lone "*" would be an empty prefix, i.e. a leading wildcard over the whole term
        // dictionary: only the wildcard query type may ask for that. Null drops the clause,
        // since this syntax never fails on user input.
        if (text.Length == 0)
        {
            return null!;
        }

        var query = new BooleanQuery(true);
        foreach (var (field, weight) in m_weights)
        {
            var prefix = analyzeWildcard
                ? AnalyzedPrefixQuery.Create(Analyzer, field, text, rewrite)
                : new PrefixQuery(new Term(field, text)) { MultiTermRewriteMethod = rewrite };
            if (prefix is not null)
            {
                prefix.Boost = weight;
                query.Add(prefix, Occur.SHOULD);
            }
        }

        return Simplify(query);
    }
}
