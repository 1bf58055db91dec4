using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Efus.Cms.Search.Lucene.Analysis;

/// Emits the concatenation of each pair of adjacent words ("video" + "surveillance" →
/// "videosurveillance") at the position of the second word, so a document that writes
/// "vidéo surveillance" or "vidéo-surveillance" is found by the glued query "vidéosurveillance".
/// Used at query time too, where the glued form only ever adds an alternative at the second
/// word's position, so it never makes a query stricter.
/// The glued token spans both words' offsets and is emitted before the second word: the
/// highlighter groups tokens by offset, and this order keeps offsets from going backwards
/// inside a group, so "vidéo-surveillance" is marked as one piece. A later token at the same
/// position equal to the glued one (CompoundSplitFilter's whole word) is dropped as a duplicate.
/// No attribute state is captured: the second word's term, offsets and type are kept by hand
/// (cloning every attribute per word cost more than the rest of the filter; analysis speed is indexing speed).
internal sealed class WordGlueFilter : TokenFilter
{
    public const string TokenType = "glue";
    private const int MaxGluedLength = 64;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly char[] _glued = new char[MaxGluedLength];
    private char[] _previousWord = new char[32];
    private int _previousLength = -1;
    private int _previousStart;
    private int _gluedLength = -1;
    private char[] _secondTerm = new char[32];
    private int _secondLength = -1;
    private int _secondStart;
    private string _secondType = "";

    public WordGlueFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_secondLength >= 0)
        {
            // The word whose glued form was just emitted, now at the same position; every other
            // attribute still holds the word's own values.
            _term.CopyBuffer(_secondTerm, 0, _secondLength);
            _offset.SetOffset(_secondStart, _offset.EndOffset);
            _type.Type = _secondType;
            _positionIncrement.PositionIncrement = 0;
            _secondLength = -1;
            return true;
        }

        while (m_input.IncrementToken())
        {
            var increment = _positionIncrement.PositionIncrement;
            if (increment == 0)
            {
                if (_gluedLength >= 0 && _term.Buffer.AsSpan(0, _term.Length).SequenceEqual(_glued.AsSpan(0, _gluedLength)))
                {
                    continue;
                }

                return true;
            }

            var isWord = IsWord(_term.Buffer, _term.Length);
            var start = _offset.StartOffset;
            var glue = isWord && increment == 1 && _previousLength > 0 && _previousLength + _term.Length <= MaxGluedLength;
            if (glue)
            {
                _previousWord.AsSpan(0, _previousLength).CopyTo(_glued);
                _term.Buffer.AsSpan(0, _term.Length).CopyTo(_glued.AsSpan(_previousLength));
                _gluedLength = _previousLength + _term.Length;
            }
            else
            {
                _gluedLength = -1;
            }

            var glueStart = Math.Min(_previousStart, start);
            Remember(isWord, start);
            if (!glue)
            {
                return true;
            }

            if (_secondTerm.Length < _term.Length)
            {
                _secondTerm = new char[_term.Length];
            }

            _term.Buffer.AsSpan(0, _term.Length).CopyTo(_secondTerm);
            _secondLength = _term.Length;
            _secondStart = start;
            _secondType = _type.Type;
            _term.CopyBuffer(_glued, 0, _gluedLength);
            _offset.SetOffset(glueStart, _offset.EndOffset);
            _type.Type = TokenType;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _secondLength = -1;
        _previousLength = -1;
        _previousStart = 0;
        _gluedLength = -1;
    }

    private void Remember(bool isWord, int start)
    {
        _previousStart = start;
        if (!isWord)
        {
            _previousLength = -1;
            return;
        }

        if (_previousWord.Length < _term.Length)
        {
            _previousWord = new char[_term.Length];
        }

        _term.Buffer.AsSpan(0, _term.Length).CopyTo(_previousWord);
        _previousLength = _term.Length;
    }

    // Only letters are glued: "covid-19" or "2018-2021" already match through their parts.
    private static bool IsWord(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!char.IsLetter(buffer[i]))
            {
                return false;
            }
        }

        return length > 0;
    }
}
