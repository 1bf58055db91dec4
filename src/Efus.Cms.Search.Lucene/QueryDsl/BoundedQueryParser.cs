using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// Lucene's classic QueryParser with the DSL's guards: no leading wildcard, bounded term
/// expansion, bounded pattern length, optional analyze_wildcard for prefixes; ranges keep the
/// constant-score rewrite (see ReadRange).
internal sealed class BoundedQueryParser : QueryParser
{
    private readonly int _maxPatternLength;
    private readonly bool _analyzeWildcard;

    public BoundedQueryParser(Analyzer analyzer, string field, MultiTermQuery.RewriteMethod rewrite, int maxPatternLength, bool analyzeWildcard)
        : base(LuceneVersion.LUCENE_48, field, analyzer)
    {
        _maxPatternLength = maxPatternLength;
        _analyzeWildcard = analyzeWildcard;
        AllowLeadingWildcard = false;
        MultiTermRewriteMethod = rewrite;
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        if (!_analyzeWildcard)
        {
            return base.GetPrefixQuery(field, termStr);
        }

        // Nothing left after analysis (a stop word): fall back to the literal prefix rather than drop the clause.
        return AnalyzedPrefixQuery.Create(Analyzer, field, termStr, MultiTermRewriteMethod)
            ?? base.GetPrefixQuery(field, termStr);
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        CheckPattern(termStr);
        return base.GetWildcardQuery(field, termStr);
    }

    protected override Query GetRegexpQuery(string field, string termStr)
    {
        CheckPattern(termStr);
        return base.GetRegexpQuery(field, termStr);
    }

    protected override Query NewRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        var query = base.NewRangeQuery(field, part1, part2, startInclusive, endInclusive);
        if (query is MultiTermQuery range)
        {
            range.MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT;
        }

        return query;
    }

    private void CheckPattern(string pattern)
    {
        if (pattern.Length > _maxPatternLength)
        {
            throw new ParseException($"pattern is {pattern.Length} characters long; the maximum is {_maxPatternLength}");
        }
    }
}
