using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Efus.Cms.Search.Lucene.Analysis;

/// Splits glued compounds from <see cref="FrenchCompounds"/>: "videosurveillance" becomes "video"
/// at its position, then "surveillance" and "videosurveillance" together at the next one, exactly
/// the positions "vidéo-surveillance" or "vidéo surveillance" (plus the glue filter) produce. So the
/// phrase "vidéo surveillance" finds the glued word, and phrases around it keep working.
/// All parts keep the whole word's offsets, so a highlighter marks the whole word.
internal sealed class CompoundSplitFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly Queue<(string Term, int PositionIncrement)> _pending = new();
    private State? _current;

    public CompoundSplitFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0 && _current is not null)
        {
            RestoreState(_current);
            var (term, increment) = _pending.Dequeue();
            _term.SetEmpty().Append(term);
            _positionIncrement.PositionIncrement = increment;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!FrenchCompounds.MayBeCompound(_term.Buffer, _term.Length))
        {
            return true;
        }

        var word = _term.ToString();
        if (FrenchCompounds.TrySplit(word, out var head, out var tail))
        {
            _current = CaptureState();
            _pending.Enqueue((tail, 1));
            _pending.Enqueue((word, 0));
            _term.SetEmpty().Append(head);
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _current = null;
    }
}
