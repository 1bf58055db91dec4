using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Efus.Cms.Search.Lucene.Analysis;

/// <summary>
/// Replays analysed texts one after the other as one field's tokens, each text's offsets moved by
/// where it starts in the field's text (the texts joined by one space, as the full text is built).
/// Without glued pairs, a glued token is left out and its position increment passed on to the next
/// token (the second word, which stood at the same position), so the other tokens keep their positions.
/// One instance serves field after field (<see cref="Set"/>): building a token stream, its attributes and
/// their state for every field of every document cost more than replaying the tokens.
/// </summary>
internal sealed class ReplayTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private IReadOnlyList<AnalyzedText> _texts = [];
    private int[] _shifts = new int[8];
    private bool _gluedPairs = true;
    private int _text;
    private int _token;

    public ReplayTokenStream()
        : base(CachedAttributeFactory.Instance)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>The texts the next replay gives (after <see cref="Reset"/>).</summary>
    /// <param name="texts">The analysed texts.</param>
    /// <param name="lengths">The length of each original text, to place the next one's offsets.</param>
    /// <param name="gluedPairs">Whether the glued pairs of words are replayed too.</param>
    public void Set(IReadOnlyList<AnalyzedText> texts, IReadOnlyList<int> lengths, bool gluedPairs)
    {
        _texts = texts;
        _gluedPairs = gluedPairs;
        if (_shifts.Length < texts.Count + 1)
        {
            _shifts = new int[texts.Count + 1];
        }

        for (var i = 0; i < texts.Count; i++)
        {
            _shifts[i + 1] = _shifts[i] + lengths[i] + 1;
        }

        _text = 0;
        _token = 0;
    }

    public override bool IncrementToken()
    {
        var skipped = 0;
        while (true)
        {
            while (_text < _texts.Count && _token >= _texts[_text].Count)
            {
                _text++;
                _token = 0;
            }

            if (_text == _texts.Count)
            {
                return false;
            }

            if (_gluedPairs || !_texts[_text].IsGlued(_token))
            {
                break;
            }

            skipped += _texts[_text].PositionIncrement(_token);
            _token++;
        }

        // Every attribute of this stream is set below, so ClearAttributes (which walks them all) is not needed.
        var text = _texts[_text];
        var term = text.Term(_token);
        _term.ResizeBuffer(term.Length);
        term.CopyTo(_term.Buffer);
        _term.Length = term.Length;
        _increment.PositionIncrement = text.PositionIncrement(_token) + skipped;
        _offset.SetOffset(_shifts[_text] + text.StartOffset(_token), _shifts[_text] + text.EndOffset(_token));
        _token++;
        return true;
    }

    public override void End()
    {
        base.End();
        var last = Math.Max(0, _texts.Count - 1);
        var final = _texts.Count == 0 ? 0 : _shifts[last] + _texts[last].FinalOffset;
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _text = 0;
        _token = 0;
    }
}
