using Efus.Cms.Search.Lucene.Analysis;
using Efus.Cms.Search.Lucene.Highlighting;
using Efus.Cms.Search.Lucene.QueryDsl;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Efus.Cms.Search.Lucene.Tests.Highlighting;

public sealed class SearchHighlighterTests : IDisposable
{
    private const string Field = "body";
    private readonly FrenchSearchAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    private Query Parse(string userQuery) =>
        new QueryParser(LuceneVersion.LUCENE_48, Field, _analyzer) { DefaultOperator = Operator.AND }.Parse(userQuery);

    private string Single(Query query, string text) =>
        Assert.Single(new SearchHighlighter().GetFragments(query, _analyzer, Field, text));

    [Theory]
    [InlineData("vidéosurveillance")]
    [InlineData("vidéo-surveillance")]
    public void GetFragments_CompoundQueryOnHyphenatedText_MarksTheWholeOriginalCompound(string query)
    {
        var fragment = Single(Parse(query), "La Vidéo-surveillance des villes.");

        Assert.Equal("La <mark>Vidéo-surveillance</mark> des villes.", fragment);
    }

    [Fact]
    public void GetFragments_SeparateWordsOnHyphenatedText_MarksEachWord()
    {
        var fragment = Single(Parse("video surveillance"), "La Vidéo-surveillance des villes.");

        Assert.Equal("La <mark>Vidéo</mark>-<mark>surveillance</mark> des villes.", fragment);
    }

    [Fact]
    public void GetFragments_SplitQueryOnGluedText_MarksTheGluedWord()
    {
        var fragment = Single(Parse("vidéo-surveillance"), "La vidéosurveillance des villes.");

        Assert.Equal("La <mark>vidéosurveillance</mark> des villes.", fragment);
    }

    [Fact]
    public void GetFragments_GluedQueryOnSpacedText_MarksBothWords()
    {
        var fragment = Single(Parse("vidéosurveillance"), "La vidéo surveillance des villes.");

        Assert.Equal("La <mark>vidéo surveillance</mark> des villes.", fragment);
    }

    [Fact]
    public void GetFragments_TwoWordsWithAnUnmatchedOneBetween_MarksOnlyTheMatchedWords()
    {
        var fragment = Single(Parse("caméras intelligentes"), "Des caméras municipales intelligentes et connectées.");

        Assert.Equal("Des <mark>caméras</mark> municipales <mark>intelligentes</mark> et connectées.", fragment);
    }

    [Fact]
    public void GetFragments_PhraseQuery_MarksOnlyThePhrase()
    {
        var fragment = Single(Parse("\"police municipale\""), "La police et la police municipale.");

        Assert.Equal("La police et la <mark>police municipale</mark>.", fragment);
    }

    [Fact]
    public void GetFragments_ScriptInText_IsEncodedNotMarkedUp()
    {
        var fragment = Single(Parse("caméras"), "<script>alert('x')</script> Les caméras & \"les\" villes");

        Assert.Equal("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Les <mark>caméras</mark> &amp; &quot;les&quot; villes", fragment);
    }

    [Fact]
    public void GetFragments_ElisionAndPlural_MarkTheWordsAsWritten()
    {
        var fragment = Single(Parse("ia camera"), "L’IA analyse les images des caméras.");

        Assert.Equal("<mark>L’IA</mark> analyse les images des <mark>caméras</mark>.", fragment);
    }

    [Fact]
    public void GetFragments_PrefixQueryFromDsl_MarksExpandedTerms()
    {
        var request = new LuceneQueryDslParser().Parse("""{"query":{"bool":{"must":{"prefix":{"body":"camer"}},"filter":{"term":{"type":"x"}}}}}""", _analyzer);

        var fragment = Single(request.Query, "Les caméras de la police.");

        Assert.Equal("Les <mark>caméras</mark> de la police.", fragment);
    }

    [Fact]
    public void GetFragments_NoMatchOrOtherField_Empty()
    {
        var highlighter = new SearchHighlighter();

        Assert.Empty(highlighter.GetFragments(Parse("lyon"), _analyzer, Field, "Les caméras de la police."));
        Assert.Empty(highlighter.GetFragments(Parse("title:caméras"), _analyzer, Field, "Les caméras de la police."));
    }

    [Fact]
    public void GetFragments_LongText_ReturnsAtMostTheRequestedFragmentsAroundMatches()
    {
        var filler = string.Concat(Enumerable.Repeat("Un texte sans rapport avec la question posée. ", 20));
        var text = $"{filler}Les caméras de Lyon. {filler}Encore des caméras à Paris. {filler}Et des caméras à Nantes. {filler}";

        var fragments = new SearchHighlighter(fragmentSize: 80).GetFragments(Parse("caméras"), _analyzer, Field, text, maxFragments: 2);

        Assert.Equal(2, fragments.Count);
        Assert.All(fragments, fragment => Assert.Contains("<mark>caméras</mark>", fragment, StringComparison.Ordinal));
        Assert.All(fragments, fragment => Assert.True(fragment.Length < 200, fragment));
    }
}
