namespace Efus.Cms.DataGenerator;

/// <summary>How long generated texts are, in words; a text always ends on a whole sentence.</summary>
internal static class TextSizes
{
    public const int SummaryMinWords = 50;
    public const int SummaryMaxWords = 70;
    public const int SectionMinWords = 80;
    public const int SectionMaxWords = 250;
}
