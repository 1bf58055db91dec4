using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Efus.Cms.Search.Lucene.Analysis;

/// Drops tokens with no letter or digit (a lone "-", "…", an emoji) without leaving a position
/// gap, so "Lyon - Paris" still matches the phrase "Lyon Paris" and glue sees the two words as adjacent.
internal sealed class PunctuationTokenFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public PunctuationTokenFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (HasLetterOrDigit())
            {
                return true;
            }
        }

        return false;
    }

    private bool HasLetterOrDigit()
    {
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (char.IsLetterOrDigit(buffer[i]))
            {
                return true;
            }
        }

        return false;
    }
}
