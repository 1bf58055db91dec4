using System.Text.RegularExpressions;
using Efus.Cms.DataGenerator.Text;

namespace Efus.Cms.DataGenerator.Tests.Text;

public sealed partial class TextGeneratorTests
{
    private static readonly TextContext _lyon = new(EuropeanCities.All.First(city => city.FrenchName == "Lyon"), 2019);

    public static TheoryData<string> Languages => ["fr-FR", "en-US"];

    [Fact]
    public void FrenchPack_Vocabulary_HasMoreThanThreeHundredDistinctWords()
    {
        var pack = FrenchLanguagePack.Create();
        var phrases = pack.Subjects.Concat(pack.Measures).Concat(pack.Problems).Select(noun => noun.Definite)
            .Concat(pack.Verbs.SelectMany(verb => new[] { verb.Singular, verb.Plural }))
            .Concat(pack.Infinitives.Concat(pack.CounterInfinitives).Select(verb => verb.Bare))
            .Concat(pack.Complements)
            .Concat(pack.Connectors);

        var words = phrases.SelectMany(phrase => Word().Matches(phrase).Select(match => match.Value.ToLowerInvariant()))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(words.Count > 300, $"only {words.Count} distinct words");
        Assert.Contains("vidéosurveillance", words);
        Assert.Contains("vidéo-surveillance", words);
        Assert.Contains("cybercriminalité", words);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Expand_EveryTemplateOfThePack_LeavesNoTokenBehind(string culture)
    {
        var pack = Pack(culture);
        var text = new TextGenerator(pack, new Random(1));
        var templates = pack.Sentences.Concat(pack.PracticeSheetTitles).Concat(pack.Contacts).Concat(pack.ProjectNames)
            .Concat(pack.Coordinators).Concat(pack.PublicationTitles).Concat(pack.PublicationSubtitles).Concat(pack.Publishers)
            .Concat(pack.ConferenceNames).Concat(pack.ConferenceReportTitles).Concat(pack.SessionTitles).Concat(pack.Affiliations)
            .Concat(pack.Connectors);

        Assert.All(templates, template =>
        {
            var expanded = text.Expand(template, _lyon);
            Assert.DoesNotContain("{", expanded, StringComparison.Ordinal);
            Assert.True(char.IsUpper(expanded[0]) || char.IsDigit(expanded[0]), expanded);
        });
    }

    [Fact]
    public void Packs_AlignedLists_HaveTheSameLengthInBothLanguages()
    {
        var french = FrenchLanguagePack.Create();
        var english = EnglishLanguagePack.Create();

        Assert.Equal(french.Coordinators.Count, english.Coordinators.Count);
        Assert.Equal(french.EfusRoles.Count, english.EfusRoles.Count);
        Assert.Equal(french.PublicationKinds.Count, english.PublicationKinds.Count);
        Assert.Equal(french.Publishers.Count, english.Publishers.Count);
        Assert.Equal(french.PathPrefixes.Keys.Order(), english.PathPrefixes.Keys.Order());
    }

    [Fact]
    public void Html_SectionSize_WritesParagraphsWithinTheWordRange()
    {
        var text = new TextGenerator(FrenchLanguagePack.Create(), new Random(3));

        for (var i = 0; i < 200; i++)
        {
            var html = text.Html(80, 250, _lyon);

            Assert.Matches("^<p>[^<>]+(</p><p>[^<>]+)*</p>$", html);
            Assert.InRange(html.Replace("</p><p>", " ", StringComparison.Ordinal).Split(' ').Length, 80, 250);
        }
    }

    [Theory]
    [InlineData("le harcèlement de rue", "du harcèlement de rue", "au harcèlement de rue")]
    [InlineData("la médiation sociale", "de la médiation sociale", "à la médiation sociale")]
    [InlineData("l’éclairage public", "de l’éclairage public", "à l’éclairage public")]
    [InlineData("les incivilités", "des incivilités", "aux incivilités")]
    public void Noun_FrenchArticle_ContractsAndElides(string definite, string of, string to)
    {
        var noun = FrenchText.Noun(definite);

        Assert.Equal(of, noun.Of);
        Assert.Equal(to, noun.To);
    }

    [Theory]
    [InlineData("améliorer", "d’améliorer")]
    [InlineData("humaniser", "d’humaniser")]
    [InlineData("renforcer", "de renforcer")]
    public void De_Infinitive_ElidesBeforeAVowelSound(string verb, string expected)
    {
        Assert.Equal(expected, FrenchText.De(verb));
    }

    [Theory]
    [InlineData("Anvers", "d’Anvers")]
    [InlineData("Édimbourg", "d’Édimbourg")]
    [InlineData("Hambourg", "de Hambourg")]
    [InlineData("La Haye", "de La Haye")]
    public void OfIn_FrenchCityName_ElidesOnlyBeforeAVowel(string city, string expected)
    {
        Assert.Equal(expected, EuropeanCities.All.Single(c => c.FrenchName == city).OfIn(Language.French));
    }

    [Theory]
    [InlineData("Médiation sociale à Liège", "mediation-sociale-a-liege")]
    [InlineData("Plan d’action contre l’hameçonnage à Gdańsk", "plan-d-action-contre-l-hameconnage-a-gdansk")]
    [InlineData("Cœur de ville : « Sécurité » !", "coeur-de-ville-securite")]
    public void From_FrenchTitle_ReturnsAsciiSlug(string title, string expected)
    {
        Assert.Equal(expected, Slug.From(title));
    }

    [Fact]
    public void From_LongTitle_CutsAtAWordBoundary()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("prévention", 20)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("prevention", slug, StringComparison.Ordinal);
    }

    private static LanguagePack Pack(string culture) =>
        culture == "fr-FR" ? FrenchLanguagePack.Create() : EnglishLanguagePack.Create();

    [GeneratedRegex(@"[\p{L}’'-]+")]
    private static partial Regex Word();
}
