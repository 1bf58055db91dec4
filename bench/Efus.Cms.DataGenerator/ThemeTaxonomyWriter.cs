using Efus.Cms.DataGenerator.Text;

namespace Efus.Cms.DataGenerator;

/// <summary>
/// Writes the "Thèmes synthétiques" taxonomy with its Theme terms nested in TaxonomyPart.Terms, and
/// records their ids in the context for the Themes fields of the items that follow.
/// </summary>
internal sealed class ThemeTaxonomyWriter(GenerationContext context)
{
    public const string Title = "Thèmes synthétiques";

    public void Write()
    {
        var writer = context.Writer;
        var taxonomyId = context.Ids.Next();
        var dates = ItemDates.Draw(context.Random, published: true);
        var termIds = new string[ThemeNames.All.Count];

        writer.WriteContentItemStart(ContentItemHeader.Stored(taxonomyId, context.Ids.Next(), ContentTypes.Taxonomy, Title, dates));
        writer.WriteTitlePart(Title);
        writer.WriteStartObject("TaxonomyPart");
        writer.WriteString("TermContentType", ContentTypes.Theme);
        writer.WriteStartArray("Terms");
        for (var i = 0; i < termIds.Length; i++)
        {
            var name = ThemeNames.All[i];
            termIds[i] = context.Ids.Next();
            writer.WriteContentItemStart(ContentItemHeader.Nested(termIds[i], context.Ids.Next(), ContentTypes.Theme, name));
            writer.WriteTitlePart(name);
            writer.WriteTermPart(taxonomyId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        context.TaxonomyContentItemId = taxonomyId;
        context.ThemeTermIds = termIds;
    }
}
