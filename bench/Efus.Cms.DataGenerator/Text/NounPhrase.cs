namespace Efus.Cms.DataGenerator.Text;

/// <summary>
/// A noun phrase with every form a sentence template asks for, worked out once so that French
/// elision and contraction ("de l’", "du", "aux") cost nothing per sentence.
/// </summary>
internal sealed record NounPhrase(string Bare, string Definite, string Of, string To, bool IsPlural)
{
    /// <summary>An English noun phrase written as it appears after a verb ("public lighting", "the night-time economy").</summary>
    public static NounPhrase English(string phrase, bool plural = false)
    {
        var bare = phrase.StartsWith("the ", StringComparison.Ordinal) ? phrase[4..] : phrase;
        return new NounPhrase(bare, phrase, "of " + phrase, "to " + phrase, plural);
    }
}
