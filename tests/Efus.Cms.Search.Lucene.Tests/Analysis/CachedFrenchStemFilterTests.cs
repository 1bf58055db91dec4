using Efus.Cms.Search.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Tests.Analysis;

/// The stems kept by word must be the stems Lucene.Net's French light stemmer gives, the first time a word is seen,
/// the next times, and after the cache was emptied.
public sealed class CachedFrenchStemFilterTests
{
    private static readonly string[] _roots = ["surveill", "commun", "collectiv", "sécur", "vidéo", "prévent", "polic", "fou", "mol", "professionn", "ville", "citoy", "analys", "méti", "territ", "accès", "école", "réseau", "travaill", "nationa", "x", "ée", "aa"];
    private static readonly string[] _endings = ["", "s", "x", "aux", "eaux", "ement", "issement", "issant", "ificatrice", "ificateur", "catrice", "cateur", "atrice", "ateur", "trice", "ième", "teuse", "teur", "euse", "ère", "ive", "ives", "folle", "molle", "nnelle", "nnel", "ète", "ique", "esse", "inage", "isation", "uelisation", "isateur", "ation", "ition", "ie", "er", "ee", "llement", "ité", "ités", "e", "ent"];

    [Fact]
    public void Stems_EveryWordSeveralTimesAndPastTheCacheSize_AsLuceneNetsStemmer()
    {
        var words = _roots.SelectMany(root => _endings.Select(ending => root + ending)).ToList();
        var random = new Random(7);
        // Past the cache size (so that it is emptied at least once), each word several times, in random order.
        while (words.Count < CachedFrenchStemFilter.MaxWords * 2)
        {
            words.Add(_roots[random.Next(_roots.Length)] + new string((char)('a' + random.Next(26)), random.Next(1, 3)) + _endings[random.Next(_endings.Length)] + random.Next(1000));
        }

        var text = string.Join(' ', words.Concat(words.OrderBy(_ => random.Next())).Concat(words.Take(500)));
        using var cached = Analyzer.NewAnonymous((_, reader) => Chain(reader, s => new CachedFrenchStemFilter(s)));
        using var lucene = Analyzer.NewAnonymous((_, reader) => Chain(reader, s => new FrenchLightStemFilter(s)));

        var expected = Terms(lucene, text);
        Assert.Equal(words.Count * 2 + 500, expected.Count);
        Assert.Equal(expected, Terms(cached, text));
        // Again on the same components: every word now comes from the cache (or from a cache emptied since).
        Assert.Equal(expected, Terms(cached, text));
        // The words exercise the stemmer: most of them change.
        Assert.True(expected.Take(words.Count).Zip(words).Count(pair => pair.First != pair.Second) > words.Count / 2);
    }

    [Fact]
    public void Stems_KeywordMarkedWords_LeftAlone()
    {
        var keywords = new CharArraySet(LuceneVersion.LUCENE_48, ["surveillances"], ignoreCase: false);
        using var cached = Analyzer.NewAnonymous((_, reader) =>
            Chain(reader, s => new CachedFrenchStemFilter(new SetKeywordMarkerFilter(s, keywords))));
        using var lucene = Analyzer.NewAnonymous((_, reader) =>
            Chain(reader, s => new FrenchLightStemFilter(new SetKeywordMarkerFilter(s, keywords))));

        const string Text = "surveillances caméras surveillances";
        Assert.Equal(["surveillances", "camera", "surveillances"], Terms(cached, Text));
        Assert.Equal(Terms(lucene, Text), Terms(cached, Text));
    }

    private static TokenStreamComponents Chain(TextReader reader, Func<TokenStream, TokenStream> stem)
    {
        var source = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(source, stem(source));
    }

    private static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
