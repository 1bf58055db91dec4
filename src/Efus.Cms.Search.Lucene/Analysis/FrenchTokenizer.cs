using System.Buffers;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Analysis;

/// Splits on whitespace (including the no-break spaces of French typography) and on punctuation
/// that never sits inside a word, so that "(l'IA" or "«l’IA»" still reach the ElisionFilter as
/// "l'IA". Joiners that can sit inside a word (- ' @ . _ / & …) are kept for the WordDelimiterFilter.
internal sealed class FrenchTokenizer(LuceneVersion matchVersion, TextReader input)
    : CharTokenizer(matchVersion, input)
{
    private static readonly SearchValues<char> _separators = SearchValues.Create("«»‹›\"“”„‟()[]{}<>,;:!?¡¿…–—―•·|\u200B\uFEFF");

    protected override bool IsTokenChar(int c)
    {
        if (c > char.MaxValue)
        {
            return true;
        }

        var ch = (char)c;
        return !char.IsWhiteSpace(ch) && !_separators.Contains(ch);
    }

    // Every apostrophe look-alike becomes the ASCII one, so elision and word splitting see one form.
    protected override int Normalize(int c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u0060' or '\u00B4' or '\u2032' => '\'',
        _ => c,
    };
}
