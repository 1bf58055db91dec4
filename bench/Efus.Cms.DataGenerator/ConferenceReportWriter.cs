using Efus.Cms.DataGenerator.Text;

namespace Efus.Cms.DataGenerator;

/// <summary>A conference report with its sessions, each a full content item in the named BagPart "Sessions".</summary>
internal sealed class ConferenceReportWriter(GenerationContext context, RoutableItemWriter items)
{
    public void Write(int number)
    {
        var about = new TextContext(context.DrawCity(), context.DrawYear());
        var themes = context.DrawThemes();
        var sessionCount = context.Random.Next(2, 6);

        items.Write(
            ContentTypes.ConferenceReport,
            number,
            text => text.ExpandOne(text.Pack.ConferenceReportTitles, about),
            text =>
            {
                var writer = context.Writer;
                writer.WriteStartObject(ContentTypes.ConferenceReport);
                writer.WriteTextField("Conference", text.ExpandOne(text.Pack.ConferenceNames, about));
                writer.WriteNumericField("Year", about.Year);
                writer.WriteHtmlField("Summary", text.Html(TextSizes.SummaryMinWords, TextSizes.SummaryMaxWords, about));
                writer.WriteTaxonomyField("Themes", context.TaxonomyContentItemId, themes);
                writer.WriteEndObject();

                writer.WriteStartObject("Sessions");
                writer.WriteStartArray("ContentItems");
                for (var i = 0; i < sessionCount; i++)
                {
                    WriteSession(text, about);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
    }

    private void WriteSession(TextGenerator text, TextContext about)
    {
        var writer = context.Writer;
        var title = text.ExpandOne(text.Pack.SessionTitles, about);
        writer.WriteContentItemStart(ContentItemHeader.Nested(context.Ids.Next(), context.Ids.Next(), ContentTypes.ConferenceSession, title));
        writer.WriteTitlePart(title);
        writer.WriteStartObject(ContentTypes.ConferenceSession);
        writer.WriteHtmlField("Summary", text.Html(TextSizes.SummaryMinWords, TextSizes.SummaryMaxWords, about));
        writer.WriteTextField("Speakers", DrawSpeakers(text, about.Year));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private string DrawSpeakers(TextGenerator text, int year)
    {
        var speakers = new string[context.Random.Next(1, 4)];
        for (var i = 0; i < speakers.Length; i++)
        {
            var first = PersonNames.FirstNames[context.Random.Next(PersonNames.FirstNames.Count)];
            var last = PersonNames.LastNames[context.Random.Next(PersonNames.LastNames.Count)];
            var affiliation = text.ExpandOne(text.Pack.Affiliations, new TextContext(context.DrawCity(), year));
            speakers[i] = $"{first} {last} ({affiliation})";
        }

        return string.Join(", ", speakers);
    }
}
