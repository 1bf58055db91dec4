using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Efus.Cms.Search.Lucene.Analysis;

/// Removes combining marks left by decomposed (NFD) text, e.g. from PDFs: ASCIIFoldingFilter only
/// folds precomposed letters, so "vide\u0301o" would otherwise never meet "vidéo".
internal sealed class CombiningMarkFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public CombiningMarkFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var write = 0;
        for (var read = 0; read < length; read++)
        {
            // Combining marks start at U+0300: plain letters skip the category lookup.
            if (buffer[read] < '\u0300' || CharUnicodeInfo.GetUnicodeCategory(buffer[read]) != UnicodeCategory.NonSpacingMark)
            {
                buffer[write++] = buffer[read];
            }
        }

        if (write != length)
        {
            _term.Length = write;
        }

        return true;
    }
}
