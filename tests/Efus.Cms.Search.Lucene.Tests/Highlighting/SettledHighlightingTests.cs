using Efus.Cms.Search.Lucene.Analysis;
using Efus.Cms.Search.Lucene.Documents;
using Efus.Cms.Search.Lucene.Highlighting;
using Efus.Cms.Search.Lucene.People;
using Lucene.Net.Analysis;

namespace Efus.Cms.Search.Lucene.Tests.Highlighting;

/// Highlighting stops analysing once its fragments are settled; what it returns must not change.
public sealed class SettledHighlightingTests : IDisposable
{
    private const int FragmentSize = 160;
    private const int MaxChars = 3_000;

    private static readonly string[] _vocabulary =
    [
        "la", "sécurité", "Sécurité", "des", "villes", "ville", "vidéo-surveillance", "vidéosurveillance", "vidéo",
        "surveillance", "caméras", "caméra", "intelligentes", "l'IA", "l’intelligence", "artificielle", "prévention",
        "urbaine", "quartiers", "police", "municipale", "données", "citoyens", "Europe", "projet", "éclairage",
        "espaces", "publics", "et", "de", "du", "pour", "une", "nuit", "drones", "reconnaissance", "faciale", "2024",
        "(pilote)", "«", "»", "—", ",", ".", ";", "&", "<b>", "e-mail", "aujourd'hui",
    ];

    private readonly FrenchSearchAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void GetFragments_StoppingWhenSettled_ReturnsWhatTheWholeTextGives()
    {
        var random = new Random(7);
        var settled = new SearchHighlighter(FragmentSize, MaxChars);
        var whole = new SearchHighlighter(FragmentSize, MaxChars, stopWhenSettled: false);
        var compared = 0;
        for (var i = 0; i < 600; i++)
        {
            var text = Words(random, random.Next(5, 800));
            var words = Words(random, random.Next(1, 4));
            var query = UserQuery.Analyze(_analyzer, words);
            if (query.IsEmpty)
            {
                continue;
            }

            foreach (var maxFragments in new[] { 1, 2, 3 })
            {
                var expected = whole.GetFragments(query.All(), _analyzer, IndexingConstants.FullText, text, maxFragments);
                var actual = settled.GetFragments(query.All(), _analyzer, IndexingConstants.FullText, text, maxFragments);
                Assert.Equal(expected, actual);
                compared += expected.Count;
            }
        }

        Assert.True(compared > 500, $"only {compared} fragments were compared");
    }

    [Fact]
    public void GetFragments_TwoEarlyFragmentsWithEveryWord_StopsAnalysingAndGivesTheSameFragments()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Les quartiers de la ville préparent un projet de prévention.", 40));
        var text = "La vidéo-surveillance des villes. " + filler + " La vidéo surveillance la nuit. " + filler + " Encore la vidéosurveillance.";
        var query = UserQuery.Analyze(_analyzer, "vidéo surveillance").All();
        using var counting = new CountingAnalyzer(_analyzer);

        var whole = new SearchHighlighter(FragmentSize, 50_000, stopWhenSettled: false).GetFragments(query, counting, IndexingConstants.FullText, text, 2);
        var wholeTokens = counting.Tokens;
        counting.Tokens = 0;
        var settled = new SearchHighlighter(FragmentSize, 50_000).GetFragments(query, counting, IndexingConstants.FullText, text, 2);

        Assert.Equal(whole, settled);
        Assert.Equal(2, settled.Count);
        Assert.Contains("<mark>vidéo-surveillance</mark>", settled[0], StringComparison.Ordinal);
        Assert.True(counting.Tokens < wholeTokens * 3 / 4, $"{counting.Tokens} tokens analysed of {wholeTokens}");
    }

    [Fact]
    public void GetFragments_AWordOnlyAtTheEnd_IsStillFound()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Les quartiers de la ville préparent un projet de prévention.", 30));
        var text = "La sécurité. " + filler + " La sécurité et les drones.";
        var query = UserQuery.Analyze(_analyzer, "sécurité drones").All();

        var fragments = new SearchHighlighter(FragmentSize, 50_000).GetFragments(query, _analyzer, IndexingConstants.FullText, text, 2);

        Assert.Contains(fragments, f => f.Contains("<mark>drones</mark>", StringComparison.Ordinal));
    }

    private static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => _vocabulary[random.Next(_vocabulary.Length)]));

    private sealed class CountingAnalyzer(Analyzer inner) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        public int Tokens { get; set; }

        protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

        protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
            new(components.Tokenizer, new CountingFilter(components.TokenStream, this));

        private sealed class CountingFilter(TokenStream input, CountingAnalyzer owner) : TokenFilter(input)
        {
            public override bool IncrementToken()
            {
                if (!m_input.IncrementToken())
                {
                    return false;
                }

                owner.Tokens++;
                return true;
            }
        }
    }
}
