namespace Efus.Cms.DataGenerator.Text;

/// <summary>A real European city and its country, named in French and in English.</summary>
internal sealed record EuropeanCity(string FrenchName, string FrenchCountry, string EnglishName, string EnglishCountry)
{
    public string NameIn(Language language) => language == Language.French ? FrenchName : EnglishName;

    public string CountryIn(Language language) => language == Language.French ? FrenchCountry : EnglishCountry;

    /// <summary>"de Lyon", "d’Anvers" (French elision) or "of Lyon".</summary>
    public string OfIn(Language language) =>
        language == Language.English ? "of " + EnglishName : FrenchText.De(FrenchName, hIsMute: false);
}
