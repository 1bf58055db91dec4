namespace Efus.Cms.DataGenerator.Text;

/// <summary>What a generated text is about: the city and year that {CITY} and {YEAR} stand for.</summary>
internal readonly record struct TextContext(EuropeanCity City, int Year);
