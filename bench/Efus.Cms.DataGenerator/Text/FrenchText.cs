namespace Efus.Cms.DataGenerator.Text;

/// <summary>The few French spelling rules the generator needs: elision before a vowel sound and contraction of articles.</summary>
internal static class FrenchText
{
    private const string Elision = "’";

    /// <summary>
    /// True when "de"/"le"/"la" are elided before the word: it starts with a vowel or, when
    /// <paramref name="hIsMute"/>, with an h (verbs such as "humaniser"; city names such as Hambourg keep "de").
    /// </summary>
    public static bool StartsWithVowelSound(string word, bool hIsMute = true) =>
        word.Length > 0
        && ("aeiouyàâäéèêëîïôöùûüœAEIOUYÀÂÉÈÊÎÔÖÙÛÜŒ".Contains(word[0], StringComparison.Ordinal)
            || (hIsMute && word[0] is ('h' or 'H')));

    /// <summary>"de renforcer", "d’améliorer", "d’humaniser".</summary>
    public static string De(string word, bool hIsMute = true) =>
        StartsWithVowelSound(word, hIsMute) ? "d" + Elision + word : "de " + word;

    /// <summary>Builds a noun phrase from its definite form: "la médiation sociale", "l’éclairage public", "les quartiers".</summary>
    public static NounPhrase Noun(string definite)
    {
        if (definite.StartsWith("l" + Elision, StringComparison.Ordinal))
        {
            var bare = definite[2..];
            return new NounPhrase(bare, definite, "de l" + Elision + bare, "à l" + Elision + bare, IsPlural: false);
        }

        var space = definite.IndexOf(' ', StringComparison.Ordinal);
        var article = definite[..space];
        var noun = definite[(space + 1)..];
        return article switch
        {
            "le" => new NounPhrase(noun, definite, "du " + noun, "au " + noun, IsPlural: false),
            "la" => new NounPhrase(noun, definite, "de la " + noun, "à la " + noun, IsPlural: false),
            "les" => new NounPhrase(noun, definite, "des " + noun, "aux " + noun, IsPlural: true),
            _ => throw new ArgumentException($"'{definite}' does not start with le, la, l’ or les.", nameof(definite)),
        };
    }
}
