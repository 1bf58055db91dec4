using System.Globalization;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.UrbanSecurity.Site;
using Efus.Cms.UrbanSecurity.ViewModels;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary>
/// A listing's filters, read from the query string (<c>theme</c>, <c>country</c>, <c>city</c>,
/// <c>year</c>) and turned into one database filter. Only the filters whose fields the type has apply.
/// </summary>
public sealed record ListingFilters(string? Theme, string? Country, string? City, int? Year)
{
    private const int MaxTextLength = 100;

    /// <summary>Above this many distinct values a list is no help: the filter stays a text box.</summary>
    public const int MaxChoices = 150;

    /// <summary>The Text fields whose values are offered as a list.</summary>
    public static IReadOnlyList<string> FieldsWithChoices { get; } = ["Country", "City"];

    public bool Any => Theme is not null || Country is not null || City is not null || Year is not null;

    public static ListingFilters Read(HttpRequest request) => new(
        Text(request.Query["theme"]),
        Text(request.Query["country"]),
        Text(request.Query["city"]),
        int.TryParse(request.Query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 10_000 ? year : null);

    public ContentFilter? ToFilter(string type, IReadOnlySet<string> fields, IEnumerable<ThemeTerm> terms)
    {
        List<ContentFilter> filters = [];
        if (Theme is not null && fields.Contains("Themes"))
        {
            // An unknown theme matches nothing rather than being ignored.
            var termId = terms.FirstOrDefault(t => t.Slug == Theme)?.ContentItemId ?? "";
            filters.Add(new ContentFilter.Field(type, "Themes", FieldValueKind.Text, FilterOperator.Equal, termId));
        }

        if (Country is not null && fields.Contains("Country"))
        {
            filters.Add(new ContentFilter.Field(type, "Country", FieldValueKind.Text, FilterOperator.In, Spellings(Country)));
        }

        if (City is not null && fields.Contains("City"))
        {
            filters.Add(new ContentFilter.Field(type, "City", FieldValueKind.Text, FilterOperator.In, Spellings(City)));
        }

        if (Year is { } year)
        {
            if (fields.Contains("Year"))
            {
                filters.Add(new ContentFilter.Field(type, "Year", FieldValueKind.Numeric, FilterOperator.Equal, (decimal)year));
            }
            else if (fields.Contains("StartYear") && fields.Contains("EndYear"))
            {
                // A project "of" a year is one running that year.
                filters.Add(new ContentFilter.Field(type, "StartYear", FieldValueKind.Numeric, FilterOperator.LessThanOrEqual, (decimal)year));
                filters.Add(new ContentFilter.Field(type, "EndYear", FieldValueKind.Numeric, FilterOperator.GreaterThanOrEqual, (decimal)year));
            }
        }

        return filters.Count switch
        {
            0 => null,
            1 => filters[0],
            _ => new ContentFilter.And(filters),
        };
    }

    public IReadOnlyList<FilterField> Fields(
        IReadOnlySet<string> fields,
        IEnumerable<ThemeTerm> terms,
        IReadOnlyDictionary<string, IReadOnlyList<string>> choices,
        Func<string, string> t)
    {
        List<FilterField> result = [];
        if (fields.Contains("Themes"))
        {
            result.Add(new FilterField
            {
                Name = "theme",
                Label = t("Thème"),
                Control = "select",
                Value = Theme,
                Options = [new("", t("Tous les thèmes"), Theme is null),
                    .. terms.OrderBy(x => x.Title, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true))
                        .Select(x => new FilterOption(x.Slug, x.Title, x.Slug == Theme))],
            });
        }

        if (fields.Contains("Country"))
        {
            result.Add(TextOrChoice("country", t("Pays"), Country, choices.GetValueOrDefault("Country"), t("Tous les pays")));
        }

        if (fields.Contains("City"))
        {
            result.Add(TextOrChoice("city", t("Ville"), City, choices.GetValueOrDefault("City"), t("Toutes les villes")));
        }

        if (fields.Contains("Year") || fields.Contains("StartYear"))
        {
            result.Add(new FilterField { Name = "year", Label = t("Année"), Control = "number", Value = Year?.ToString(CultureInfo.InvariantCulture) });
        }

        return result;
    }

    private static FilterField TextOrChoice(string name, string label, string? value, IReadOnlyList<string>? values, string any)
    {
        if (values is null || values.Count == 0 || values.Count > MaxChoices)
        {
            return new FilterField { Name = name, Label = label, Control = "text", Value = value };
        }

        var french = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);
        // A value typed in the address that no item has stays visible as the current choice.
        var listed = value is null || values.Contains(value, french) ? values : [.. values, value];
        return new FilterField
        {
            Name = name,
            Label = label,
            Control = "select",
            Value = value,
            Options = [new("", any, value is null), .. listed.Distinct(french).Order(french).Select(v => new FilterOption(v, v, french.Equals(v, value)))],
        };
    }

    private static string? Text(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= MaxTextLength ? trimmed : trimmed[..MaxTextLength];
    }

    // Values are compared exactly in the database; a visitor typing "france" still finds "France".
    private static List<string> Spellings(string value) =>
        [.. new[] { value, char.ToUpperInvariant(value[0]) + value[1..], CultureInfo.GetCultureInfo("fr-FR").TextInfo.ToTitleCase(value.ToLowerInvariant()) }.Distinct(StringComparer.Ordinal)];
}
