using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Efus.Cms.Search.Lucene.Analysis;

/// <summary>
/// Cuts the ASCII punctuation that ends a token ("surveillance." at the end of a sentence, "12%") before the
/// <see cref="Lucene.Net.Analysis.Miscellaneous.WordDelimiterFilter"/>, which would give the same word (the same
/// term, offsets and position) through its slow path: it saves the token, captures the state of every attribute
/// for each part, sorts the parts and restores them, copying the term each time (with its iterator, a tenth of
/// indexing CPU time on French text, where every sentence ends on such a token). Only tokens whose offsets span
/// exactly their text are cut (the filter would otherwise keep the original end offset); a token made only of
/// punctuation is left to the delimiter filter.
/// </summary>
internal sealed class TrailingPunctuationFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;

    public TrailingPunctuationFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var end = length;
        while (end > 0 && IsAsciiDelimiter(buffer[end - 1]))
        {
            end--;
        }

        if (end == length || end == 0 || _offset.EndOffset - _offset.StartOffset != length)
        {
            return true;
        }

        _term.Length = end;
        _offset.SetOffset(_offset.StartOffset, _offset.EndOffset - (length - end));
        return true;
    }

    // The delimiter filter's table: below 128, whatever is not a letter or a digit separates words.
    private static bool IsAsciiDelimiter(char c) => c < 0x80 && !char.IsAsciiLetterOrDigit(c);
}
