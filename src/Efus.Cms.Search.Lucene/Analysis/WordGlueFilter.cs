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
/// inside a group, so "vidéo-surveillance" is marked as one piece.
internal sealed class WordGlueFilter : TokenFilter
{
    public const string TokenType = "glue";
    private const int MaxGluedLength = 64;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly Queue<State> _pending = new();
    private State? _lookahead;
    private bool _inputExhausted;
    private string? _previousWord;
    private int _previousStart;

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
        if (_pending.Count == 0 && !ReadNextPosition())
        {
            return false;
        }

        RestoreState(_pending.Dequeue());
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _lookahead = null;
        _inputExhausted = false;
        _previousWord = null;
        _previousStart = 0;
    }

    // Reads every token at the next position (one token of look-ahead) and queues them, preceded
    // by the glued token when the previous position held a word directly before this one.
    private bool ReadNextPosition()
    {
        if (_lookahead is not null)
        {
            RestoreState(_lookahead);
            _lookahead = null;
        }
        else if (_inputExhausted || !m_input.IncrementToken())
        {
            _inputExhausted = true;
            return false;
        }

        var first = CaptureState();
        var firstTerm = _term.ToString();
        var firstIncrement = _positionIncrement.PositionIncrement;
        var firstStart = _offset.StartOffset;
        var firstEnd = _offset.EndOffset;
        var sameTerms = new List<string> { firstTerm };
        var samePosition = new List<State>();

        while (true)
        {
            if (!m_input.IncrementToken())
            {
                _inputExhausted = true;
                break;
            }

            if (_positionIncrement.PositionIncrement != 0)
            {
                _lookahead = CaptureState();
                break;
            }

            samePosition.Add(CaptureState());
            sameTerms.Add(_term.ToString());
        }

        var glued = _previousWord is not null && firstIncrement == 1 && IsWord(firstTerm)
            ? _previousWord + firstTerm
            : null;

        if (glued is not null && glued.Length <= MaxGluedLength && !sameTerms.Contains(glued))
        {
            RestoreState(first);
            _term.SetEmpty().Append(glued);
            _offset.SetOffset(Math.Min(_previousStart, firstStart), firstEnd);
            _type.Type = TokenType;
            _pending.Enqueue(CaptureState());

            RestoreState(first);
            _positionIncrement.PositionIncrement = 0;
            _pending.Enqueue(CaptureState());
        }
        else
        {
            _pending.Enqueue(first);
        }

        foreach (var state in samePosition)
        {
            _pending.Enqueue(state);
        }

        _previousWord = IsWord(firstTerm) ? firstTerm : null;
        _previousStart = firstStart;
        return true;
    }

    // Only letters are glued: "covid-19" or "2018-2021" already match through their parts.
    private static bool IsWord(string term)
    {
        foreach (var c in term)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return term.Length > 0;
    }
}
