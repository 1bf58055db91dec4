using Lucene.Net.Analysis;

namespace Efus.Cms.Search.Lucene.Highlighting;

/// <summary>Ends the token stream once the highlighter's fragments are settled (<see cref="SettlingScorer"/>).</summary>
internal sealed class SettledStopFilter(TokenStream input, SettlingScorer scorer) : TokenFilter(input)
{
    public override bool IncrementToken() => !scorer.Settled && m_input.IncrementToken();
}
