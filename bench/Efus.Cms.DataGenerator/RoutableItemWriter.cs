using System.Globalization;
using Efus.Cms.DataGenerator.Text;

namespace Efus.Cms.DataGenerator;

/// <summary>
/// Writes a routable, localized item (TitlePart, AutoroutePart, LocalizationPart, then the caller's parts)
/// in French and, for about one item in ten, its English translation in the same localization set.
/// </summary>
internal sealed class RoutableItemWriter(GenerationContext context)
{
    public const double DraftRate = 0.08;
    public const double TranslationRate = 0.10;

    /// <summary>Writes the French original and maybe its translation; returns the original's content item id.</summary>
    /// <param name="number">The item's sequence number, which makes its path unique.</param>
    /// <param name="drawTitle">Draws the title in the given language.</param>
    /// <param name="writeParts">Writes the parts that follow LocalizationPart, in the given language.</param>
    public string Write(string contentType, int number, Func<TextGenerator, string> drawTitle, Action<TextGenerator> writeParts)
    {
        var localizationSet = context.Ids.Next();
        var originalId = WriteVersion(context.French, contentType, number, localizationSet, drawTitle, writeParts);
        if (context.Random.NextDouble() < TranslationRate)
        {
            WriteVersion(context.English, contentType, number, localizationSet, drawTitle, writeParts);
        }

        return originalId;
    }

    private string WriteVersion(
        TextGenerator text,
        string contentType,
        int number,
        string localizationSet,
        Func<TextGenerator, string> drawTitle,
        Action<TextGenerator> writeParts)
    {
        var writer = context.Writer;
        var id = context.Ids.Next();
        var versionId = context.Ids.Next();
        var title = drawTitle(text);
        var dates = ItemDates.Draw(context.Random, published: context.Random.NextDouble() >= DraftRate);
        var path = string.Create(CultureInfo.InvariantCulture, $"{text.Pack.PathPrefixes[contentType]}/{Slug.From(title)}-{number}");

        writer.WriteContentItemStart(ContentItemHeader.Stored(id, versionId, contentType, title, dates));
        writer.WriteTitlePart(title);
        writer.WriteAutoroutePart(path);
        writer.WriteLocalizationPart(localizationSet, text.Pack.Culture);
        writeParts(text);
        writer.WriteEndObject();
        return id;
    }
}
