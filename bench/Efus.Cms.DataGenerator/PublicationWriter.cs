using Efus.Cms.DataGenerator.Text;

namespace Efus.Cms.DataGenerator;

/// <summary>A publication: subtitle, kind (manifesto, guide, charter…), publisher, year, summary, related projects, themes.</summary>
internal sealed class PublicationWriter(GenerationContext context, RoutableItemWriter items)
{
    public void Write(int number)
    {
        var year = context.DrawYear();
        var about = new TextContext(context.DrawCity(), year);
        var kind = context.Random.Next(context.French.Pack.PublicationKinds.Count);
        var publisher = context.Random.Next(context.French.Pack.Publishers.Count);
        var relatedProjects = context.DrawEarlier(context.ProjectIds, max: 3);
        var themes = context.DrawThemes();

        var id = items.Write(
            ContentTypes.Publication,
            number,
            text => text.ExpandOne(text.Pack.PublicationTitles, about),
            text =>
            {
                var writer = context.Writer;
                writer.WriteStartObject(ContentTypes.Publication);
                writer.WriteTextField("Subtitle", text.ExpandOne(text.Pack.PublicationSubtitles, about));
                writer.WriteTextField("Kind", text.Pack.PublicationKinds[kind]);
                writer.WriteTextField("Publisher", text.Expand(text.Pack.Publishers[publisher], about));
                writer.WriteNumericField("Year", year);
                writer.WriteHtmlField("Summary", text.Html(TextSizes.SummaryMinWords, TextSizes.SummaryMaxWords, about));
                writer.WriteEmptyMediaField("Document");
                writer.WriteContentPickerField("RelatedProjects", relatedProjects);
                writer.WriteTaxonomyField("Themes", context.TaxonomyContentItemId, themes);
                writer.WriteEndObject();
            });
        context.PublicationIds.Add(id);
    }
}
