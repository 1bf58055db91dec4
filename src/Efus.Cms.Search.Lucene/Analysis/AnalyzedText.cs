using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Efus.Cms.Search.Lucene.Analysis;

/// <summary>
/// The tokens of one text as the index analyzer produced them (term, position increment, offsets),
/// kept so that a document analyses each of its texts once: the same text indexed under several
/// names (<c>{Type}.{Field}</c> and <c>{Part}.{Field}</c>, the full text that contains it) replays them.
/// Only the attributes the index reads are kept, and whether a token is a glued pair of words.
/// </summary>
internal sealed class AnalyzedText
{
    private char[] _chars;
    private int _charCount;
    private Token[] _tokens;

    // Sized from the text so that the arrays seldom grow: growing by doubling from a small start threw away as much
    // as it kept, and these buffers were the bulk of what indexing allocated per document. French text gives about a
    // token per 4 characters with the glued pairs, whose terms double the characters of the words.
    private AnalyzedText(int textLength)
    {
        _chars = new char[Math.Max(16, textLength * 3 / 2)];
        _tokens = new Token[Math.Max(4, textLength / 4)];
    }

    public int Count { get; private set; }

    public int FinalOffset { get; private set; }

    public static AnalyzedText Analyze(Analyzer analyzer, string fieldName, string text)
    {
        var result = new AnalyzedText(text.Length);
        using var stream = analyzer.GetTokenStream(fieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var glued = type.Type == WordGlueFilter.TokenType;
            result.Add(term.Buffer, term.Length, increment.PositionIncrement, offset.StartOffset, offset.EndOffset, glued);
        }

        stream.End();
        result.FinalOffset = offset.EndOffset;
        return result;
    }

    public ReadOnlySpan<char> Term(int index) => _chars.AsSpan(_tokens[index].CharStart, _tokens[index].Length);

    public int PositionIncrement(int index) => _tokens[index].PositionIncrement;

    public int StartOffset(int index) => _tokens[index].StartOffset;

    public int EndOffset(int index) => _tokens[index].EndOffset;

    /// <summary>Whether the token is a glued pair of words (<see cref="WordGlueFilter"/>), which only the full text needs.</summary>
    public bool IsGlued(int index) => _tokens[index].Glued;

    private void Add(char[] buffer, int length, int positionIncrement, int startOffset, int endOffset, bool glued)
    {
        if (_charCount + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        }

        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        buffer.AsSpan(0, length).CopyTo(_chars.AsSpan(_charCount));
        _tokens[Count++] = new Token(_charCount, length, positionIncrement, startOffset, endOffset, glued);
        _charCount += length;
    }

    private readonly record struct Token(int CharStart, int Length, int PositionIncrement, int StartOffset, int EndOffset, bool Glued);
}
