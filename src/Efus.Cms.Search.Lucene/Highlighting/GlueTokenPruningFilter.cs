using Efus.Cms.Search.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Efus.Cms.Search.Lucene.Highlighting;

/// For highlighting only: drops the glued-pair tokens of <see cref="WordGlueFilter"/> that the
/// query does not ask for. A glued token spans two words, so the highlighter would otherwise chain
/// every run of adjacent words into one group and mark "caméras municipales intelligentes" whole
/// for the query "caméras intelligentes".
internal sealed class GlueTokenPruningFilter : TokenFilter
{
    private readonly ISet<string> _queryTerms;
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _positionIncrement;

    public GlueTokenPruningFilter(TokenStream input, ISet<string> queryTerms)
        : base(input)
    {
        _queryTerms = queryTerms;
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        var skippedIncrement = 0;
        while (m_input.IncrementToken())
        {
            if (_type.Type == WordGlueFilter.TokenType && !_queryTerms.Contains(_term.ToString()))
            {
                // The glued token opens its position; hand that increment on so positions stay right.
                skippedIncrement += _positionIncrement.PositionIncrement;
                continue;
            }

            _positionIncrement.PositionIncrement += skippedIncrement;
            return true;
        }

        return false;
    }
}
