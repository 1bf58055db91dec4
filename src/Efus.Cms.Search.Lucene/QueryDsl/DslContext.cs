using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// State of one Parse call: the index analyzer, which fields are numeric, the limits and the
/// clause budget spent so far.
internal sealed class DslContext(Analyzer analyzer, Func<string, NumericType> numericFieldType, LuceneQueryDslOptions options)
{
    private int _clauses;

    public Analyzer Analyzer => analyzer;

    public LuceneQueryDslOptions Options => options;

    /// Keeps the best-scoring N terms of a multi-term query instead of every matching term.
    public MultiTermQuery.RewriteMethod BoundedRewrite { get; } =
        new MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite(options.MaxExpansions);

    public NumericType NumericTypeOf(string field) => numericFieldType(field);

    public void SpendClauses(string path, int count)
    {
        _clauses += count;
        if (_clauses > options.MaxClauseCount)
        {
            throw TooManyClauses(path);
        }
    }

    public QueryDslException TooManyClauses(string path) =>
        DslJson.Error(path, $"too many clauses: a query may have at most {options.MaxClauseCount}");

    /// Clauses of a query built by a Lucene parser, counted the way BooleanQuery counts them.
    public static int CountClauses(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Sum(clause => 1 + CountClauses(clause.Query)),
        DisjunctionMaxQuery disjunction => disjunction.Disjuncts.Sum(d => 1 + CountClauses(d)),
        _ => 0,
    };
}
