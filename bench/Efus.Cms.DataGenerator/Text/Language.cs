namespace Efus.Cms.DataGenerator.Text;

/// <summary>The two languages the generator writes: French originals and English translations.</summary>
internal enum Language
{
    French,
    English,
}
