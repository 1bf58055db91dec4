using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Efus.Cms.DataGenerator;

/// <summary>
/// Writes an Orchard Core recipe of synthetic Efus content for load tests and benchmarks: a theme
/// taxonomy, then <c>itemCount</c> practice sheets, cooperation projects, publications and conference
/// reports (40/20/25/15 %), about 8 % of them drafts and about 10 % with an English translation.
/// The same count and seed always give the same bytes; the JSON is streamed, so the size of the
/// recipe does not bound memory.
/// </summary>
public sealed class SyntheticRecipeGenerator
{
    private const int FlushThreshold = 1 << 20;

    // Accents, « », ’ and the <p> markup stay readable instead of becoming \u escapes: the recipe is
    // data for an importer, never embedded in an HTML page.
    private static readonly JsonWriterOptions _writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the recipe to <paramref name="output"/> (UTF-8 JSON, no indentation); the stream is left open.</summary>
    /// <param name="output">Where the recipe goes.</param>
    /// <param name="itemCount">How many items to generate, translations and nested items not counted.</param>
    /// <param name="seed">Seed of the single <see cref="Random"/> every value is drawn from.</param>
    public void Write(Stream output, int itemCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);

        using var writer = new Utf8JsonWriter(output, _writerOptions);
        var context = new GenerationContext(writer, seed);

        writer.WriteStartObject();
        writer.WriteString("name", string.Create(CultureInfo.InvariantCulture, $"Synthetic-{itemCount}"));
        writer.WriteString(
            "displayName",
            string.Create(CultureInfo.InvariantCulture, $"Données synthétiques ({itemCount} éléments) — pour les bancs d'essai, pas pour le site"));
        writer.WriteString(
            "description",
            string.Create(CultureInfo.InvariantCulture, $"Généré par bench/Efus.Cms.DataGenerator (graine {seed}). Contenu fictif."));
        writer.WriteBoolean("issetuprecipe", false);
        writer.WriteStartArray("steps");
        writer.WriteStartObject();
        writer.WriteString("name", "content");
        writer.WriteStartArray("Data");

        new ThemeTaxonomyWriter(context).Write();
        WriteItems(context, itemCount);

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteItems(GenerationContext context, int itemCount)
    {
        var items = new RoutableItemWriter(context);
        var practiceSheets = new PracticeSheetWriter(context, items);
        var projects = new CooperationProjectWriter(context, items);
        var publications = new PublicationWriter(context, items);
        var conferences = new ConferenceReportWriter(context, items);

        var types = ContentTypeMix.Draw(itemCount, context.Random);
        for (var i = 0; i < types.Length; i++)
        {
            var number = i + 1;
            switch (types[i])
            {
                case ContentTypes.PracticeSheet:
                    practiceSheets.Write(number);
                    break;
                case ContentTypes.CooperationProject:
                    projects.Write(number);
                    break;
                case ContentTypes.Publication:
                    publications.Write(number);
                    break;
                default:
                    conferences.Write(number);
                    break;
            }

            if (context.Writer.BytesPending > FlushThreshold)
            {
                context.Writer.Flush();
            }
        }
    }
}
