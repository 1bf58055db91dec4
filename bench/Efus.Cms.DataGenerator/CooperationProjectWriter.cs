using System.Globalization;
using Efus.Cms.DataGenerator.Text;

namespace Efus.Cms.DataGenerator;

/// <summary>A European cooperation project: acronym, full name, years, coordinator, Efus's role, publications, website.</summary>
internal sealed class CooperationProjectWriter(GenerationContext context, RoutableItemWriter items)
{
    // Acronyms are language-neutral, like the real ones, so a translation keeps its original's.
    private static readonly string[] _acronymParts =
    [
        "SAFE", "CITY", "URB", "SEC", "PREV", "CYBER", "NIGHT", "LIGHT", "CARE", "TRUST", "DATA", "MED", "CIVIC", "LOCAL",
        "EURO", "NET", "LINK", "PACT", "SHIELD", "BRIDGE", "UNITY", "PEACE", "STREET", "YOUTH", "JUST", "RESI", "DIALOG",
        "SMART", "PUBLIC", "SPACE", "WATCH", "ACT",
    ];

    public void Write(int number)
    {
        var acronym = DrawAcronym();
        var startYear = context.DrawYear(2000, 2024);
        var endYear = Math.Min(2026, startYear + context.Random.Next(1, 5));
        var about = new TextContext(context.DrawCity(), startYear);
        var coordinator = context.Random.Next(context.French.Pack.Coordinators.Count);
        var efusRole = context.Random.Next(context.French.Pack.EfusRoles.Count);
        var themes = context.DrawThemes();
        var publications = context.DrawEarlier(context.PublicationIds, max: 3);
        var website = string.Create(CultureInfo.InvariantCulture, $"https://example.org/projets/{acronym.ToLowerInvariant()}-{number}");

        // The title is drawn first, for each language in turn; the parts then reuse its full name.
        var fullName = "";
        var id = items.Write(
            ContentTypes.CooperationProject,
            number,
            text =>
            {
                fullName = text.ExpandOne(text.Pack.ProjectNames, about);
                return $"{acronym} — {fullName}";
            },
            text =>
            {
                var writer = context.Writer;
                writer.WriteStartObject(ContentTypes.CooperationProject);
                writer.WriteTextField("Acronym", acronym);
                writer.WriteTextField("FullName", fullName);
                writer.WriteHtmlField("Summary", text.Html(TextSizes.SummaryMinWords, TextSizes.SummaryMaxWords, about));
                writer.WriteNumericField("StartYear", startYear);
                writer.WriteNumericField("EndYear", endYear);
                writer.WriteTextField("Coordinator", text.Expand(text.Pack.Coordinators[coordinator], about));
                writer.WriteTextField("EfusRole", text.Pack.EfusRoles[efusRole]);
                writer.WriteTaxonomyField("Themes", context.TaxonomyContentItemId, themes);
                writer.WriteContentPickerField("Publications", publications);
                writer.WriteLinkField("Website", website, $"{text.Pack.ProjectWebsiteLabel} {acronym}", "_blank");
                writer.WriteEndObject();
            });
        context.ProjectIds.Add(id);
    }

    private string DrawAcronym()
    {
        var first = _acronymParts[context.Random.Next(_acronymParts.Length)];
        string second;
        do
        {
            second = _acronymParts[context.Random.Next(_acronymParts.Length)];
        }
        while (second == first);

        return first + second;
    }
}
