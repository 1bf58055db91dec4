using Efus.Cms.Search.Lucene.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Efus.Cms.Search.Lucene.Tests.Analysis;

/// Each case indexes one document and searches it with the classic QueryParser (AND), the same
/// analyzer on both sides.
public sealed class FrenchSearchAnalyzerTests
{
    private static bool Finds(string document, string query)
    {
        using var analyzer = new FrenchSearchAnalyzer();
        using var index = new InMemoryIndex(analyzer, document);
        return index.Search(query).Count == 1;
    }

    [Theory]
    [InlineData("La sécurité des caméras", "securite")]
    [InlineData("La securite des cameras", "sécurité")]
    [InlineData("La sécurité des caméras", "camera")]
    [InlineData("La sécurité des caméras", "CAMÉRA")]
    [InlineData("Une œuvre à Besançon", "oeuvre besancon")]
    [InlineData("La vide\u0301o des e\u0301coles", "vidéo école")]
    public void Search_AccentsEitherWay_Finds(string document, string query) =>
        Assert.True(Finds(document, query));

    [Theory]
    [InlineData("l'IA")]
    [InlineData("l’IA")]
    [InlineData("IA")]
    [InlineData("ia")]
    [InlineData("d'IA")]
    public void Search_ElisionsWithEitherApostrophe_FindIa(string query) =>
        Assert.True(Finds("« L’IA analyse les images. »", query));

    [Theory]
    [InlineData("C’est l'histoire d’une ville", "histoire")]
    [InlineData("Qu’il s'engage", "engage")]
    [InlineData("J’écoute, n'importe quand", "écoute importe")]
    [InlineData("(l'IA) et l’éclairage", "IA eclairage")]
    public void Search_ElisionsOfEveryArticle_Stripped(string document, string query) =>
        Assert.True(Finds(document, query));

    [Theory]
    [InlineData("Les villes françaises", "ville")]
    [InlineData("Les agents municipaux", "municipal")]
    [InlineData("Le conseil municipal", "municipaux")]
    [InlineData("Des éclairages publics", "éclairage public")]
    public void Search_PluralOrSingular_Finds(string document, string query) =>
        Assert.True(Finds(document, query));

    public static TheoryData<string, string> CompoundForms()
    {
        string[] documents = ["La vidéosurveillance des villes", "La vidéo-surveillance des villes", "La vidéo surveillance des villes"];
        string[] queries = ["vidéosurveillance", "vidéo-surveillance", "video surveillance", "videosurveillance villes", "\"vidéo surveillance\""];
        var data = new TheoryData<string, string>();
        foreach (var document in documents)
        {
            foreach (var query in queries)
            {
                data.Add(document, query);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CompoundForms))]
    public void Search_CompoundWrittenAnotherWay_Finds(string document, string query) =>
        Assert.True(Finds(document, query));

    [Theory]
    [InlineData("La télé-assistance des aînés", "téléassistance")]
    [InlineData("La télé assistance des aînés", "téléassistance")]
    [InlineData("Le e-mail du maire", "email")]
    public void Search_UnlistedCompoundQueriedGlued_Finds(string document, string query) =>
        Assert.True(Finds(document, query));

    [Theory]
    [InlineData("La vidéo-surveillance des villes", "\"vidéosurveillance des villes\"")]
    [InlineData("La vidéosurveillance des villes", "\"vidéo-surveillance des villes\"")]
    [InlineData("La vidéosurveillance des villes", "\"surveillance des villes\"")]
    [InlineData("Lyon – Paris", "\"Lyon Paris\"")]
    [InlineData("Lyon - Paris", "\"Lyon Paris\"")]
    public void Search_PhraseAcrossCompoundOrDash_Finds(string document, string query) =>
        Assert.True(Finds(document, query));

    [Theory]
    [InlineData("\"villes vidéosurveillance\"")]
    [InlineData("visio")]
    public void Search_WordsNotInDocument_NotFound(string query) =>
        Assert.False(Finds("La vidéosurveillance des villes visionnaires", query));

    [Theory]
    [InlineData("aujourd'hui")]
    [InlineData("aujourd’hui")]
    [InlineData("aujourdhui")]
    public void Search_ApostropheInsideWord_Finds(string query) =>
        Assert.True(Finds("Aujourd’hui, la presqu'île", query));

    [Theory]
    [InlineData("PRoTECT")]
    [InlineData("protect")]
    [InlineData("Medi@4sec")]
    [InlineData("medi4sec")]
    [InlineData("2018-2021")]
    [InlineData("2021")]
    public void Search_NumbersAndAcronyms_Finds(string query) =>
        Assert.True(Finds("Les projets PRoTECT (2018-2021) et Medi@4sec.", query));

    [Fact]
    public void Analyze_PunctuationOnly_NoTokens()
    {
        using var analyzer = new FrenchSearchAnalyzer();

        var terms = TokenDump.Terms(analyzer, "« » – — … ! ? ( ) - • ·");

        Assert.Empty(terms);
    }

    [Fact]
    public void Analyze_GluedCompound_SplitsAtPositionsOfTheSpacedForm()
    {
        using var analyzer = new FrenchSearchAnalyzer();

        var glued = TokenDump.Terms(analyzer, "la vidéosurveillance urbaine");
        var spaced = TokenDump.Terms(analyzer, "la vidéo surveillance urbaine");

        Assert.Equal(spaced.Order(StringComparer.Ordinal), glued.Order(StringComparer.Ordinal));
    }

    // Offsets in the index (for postings highlighters) must never go backwards: glued and split
    // tokens are ordered so they do not.
    [Fact]
    public void Index_WithOffsetsIndexed_AcceptsEveryTokenKind()
    {
        using var analyzer = new FrenchSearchAnalyzer();
        using var index = new InMemoryIndex(analyzer);
        var withOffsets = new FieldType(TextField.TYPE_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };

        index.Add(document =>
        {
            document.Add(new StringField("id", "0", Field.Store.YES));
            document.Add(new Field(
                InMemoryIndex.Body,
                "« L’IA » : la vidéosurveillance, la vidéo-surveillance et la vidéo surveillance d’aujourd’hui (PRoTECT, Medi@4sec, 2018-2021).",
                withOffsets));
        });

        Assert.Single(index.Search("vidéosurveillance"));
    }
}
