using Efus.Cms.Search.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Tests.Analysis;

/// Cutting the punctuation that ends a token before the word delimiter filter must change nothing the analyzer
/// gives: terms, position increments, offsets and types, on French text with every kind of token ending.
public sealed class TrailingPunctuationFilterTests
{
    private static readonly string[] _words =
    [
        "vidéosurveillance", "vidéo-surveillance", "l'IA", "l’IA", "d'une", "aujourd'hui", "covid19", "COVID-19", "12", "3,5", "12%", "1.200",
        "Besançon", "e\u0301cole", "vide\u0301o", "œuvre", "sécurité", "villes", "x.y", "e-mail", "n°3", "Lyon", "-", "…", "“citoyens”",
        "(prévention)", "police", "municipale", "ÉCOLES", "2024", "2018-2021", "www.efus.eu", "a@b.fr", "c'est", "qu'il", "iPhone", "J.O.",
    ];

    private static readonly string[] _endings = ["", "", "", ".", ",", ";", "!", "?", "%", "...", ".)", "'", "-", ".»", "\u0301."];

    [Fact]
    public void Analysis_WithOrWithoutCutting_SameTokens()
    {
        var random = new Random(11);
        var text = string.Join(' ', Enumerable.Range(0, 6000).Select(_ => _words[random.Next(_words.Length)] + _endings[random.Next(_endings.Length)]));
        using var cutting = new FrenchSearchAnalyzer();
        using var plain = new FrenchSearchAnalyzer(trimTrailingPunctuation: false);

        var expected = Tokens(plain, text);
        Assert.True(expected.Count > 6000);
        Assert.Equal(expected, Tokens(cutting, text));
    }

    [Fact]
    public void Filter_SentenceEnd_CutWithItsOffset()
    {
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new FrenchTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(source, new TrailingPunctuationFilter(source));
        });

        Assert.Equal(["Villes 0-6 +1", "sûres 7-12 +1", "... 14-17 +1", "end 17"], Tokens(analyzer, "Villes sûres. ..."));
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term} {offset.StartOffset}-{offset.EndOffset} +{increment.PositionIncrement}{(type.Type == "word" ? "" : " " + type.Type)}");
        }

        stream.End();
        tokens.Add($"end {offset.EndOffset}");
        return tokens;
    }
}
