using Efus.Cms.DataGenerator.Text;

namespace Efus.Cms.DataGenerator;

/// <summary>A city's initiative: summary, place, year, the five sections of a practice sheet, contact, themes, related projects.</summary>
internal sealed class PracticeSheetWriter(GenerationContext context, RoutableItemWriter items)
{
    private static readonly string[] _sections = ["Context", "Objectives", "Activities", "Budget", "Evaluation"];

    public void Write(int number)
    {
        var city = context.DrawCity();
        var year = context.DrawYear();
        var themes = context.DrawThemes();
        var relatedProjects = context.DrawEarlier(context.ProjectIds, max: 3);
        var about = new TextContext(city, year);
        var email = $"prevention.{Slug.From(city.FrenchName)}@example.org";

        items.Write(
            ContentTypes.PracticeSheet,
            number,
            text => text.ExpandOne(text.Pack.PracticeSheetTitles, about),
            text =>
            {
                var writer = context.Writer;
                var language = text.Pack.Language;
                writer.WriteStartObject(ContentTypes.PracticeSheet);
                writer.WriteTextField("Summary", text.PlainText(TextSizes.SummaryMinWords, TextSizes.SummaryMaxWords, about));
                writer.WriteTextField("City", city.NameIn(language));
                writer.WriteTextField("Country", city.CountryIn(language));
                writer.WriteNumericField("Year", year);
                foreach (var section in _sections)
                {
                    writer.WriteHtmlField(section, text.Html(TextSizes.SectionMinWords, TextSizes.SectionMaxWords, about));
                }

                writer.WriteTextField("Contact", $"{text.ExpandOne(text.Pack.Contacts, about)} — {email}");
                writer.WriteTaxonomyField("Themes", context.TaxonomyContentItemId, themes);
                writer.WriteContentPickerField("RelatedProjects", relatedProjects);
                writer.WriteEmptyMediaField("Attachments");
                writer.WriteEndObject();
            });
    }
}
