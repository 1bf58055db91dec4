using Lucene.Net.Analysis;
using Lucene.Net.Search.Highlight;

namespace Efus.Cms.Search.Lucene.Highlighting;

/// <summary>
/// The highlighter's <see cref="QueryScorer"/>, watched: says when the fragments the highlighter will
/// return can no longer change, so that the rest of the text need not be analysed. A fragment scores the
/// sum of the weights of the distinct query terms it holds, and of two fragments with the same score the
/// earlier one wins; once <c>maxFragments</c> finished fragments hold every query term, no later fragment
/// can take their place. Only for queries whose term weights are small whole numbers (the sums are then
/// exact in any order); otherwise it never settles and the whole text is analysed as before.
/// </summary>
internal sealed class SettlingScorer(QueryScorer inner, IReadOnlyCollection<string>? terms, int maxFragments) : IScorer
{
    private const float MaxExactWeight = 1_000;
    private float _bestPossible = float.PositiveInfinity;
    private int _fragments;
    private int _bestFragments;

    /// <summary>True once the best fragments are finished and can no longer be beaten.</summary>
    public bool Settled => _bestFragments >= maxFragments;

    public float FragmentScore => inner.FragmentScore;

    public TokenStream Init(TokenStream tokenStream)
    {
        var stream = inner.Init(tokenStream);
        _bestPossible = BestPossible();
        return stream;
    }

    public void StartFragment(TextFragment newFragment)
    {
        // Every call but the first closes the fragment before it, whose score is final.
        if (_fragments++ > 0 && inner.FragmentScore >= _bestPossible)
        {
            _bestFragments++;
        }

        inner.StartFragment(newFragment);
    }

    public float GetTokenScore() => inner.GetTokenScore();

    // The score of a fragment that holds every query term, as the inner scorer weighs them.
    private float BestPossible()
    {
        if (terms is null)
        {
            return float.PositiveInfinity;
        }

        var sum = 0f;
        foreach (var term in terms)
        {
            var weight = inner.GetWeightedSpanTerm(term)?.Weight ?? 0f;
            if (weight < 0 || weight > MaxExactWeight || weight != MathF.Round(weight))
            {
                return float.PositiveInfinity;
            }

            sum += weight;
        }

        return sum;
    }
}
