namespace Efus.Cms.Search.Lucene.Documents;

/// <summary>
/// Which fields feed the people search's facets, by field name whatever the type: <c>type</c> is the
/// content type, <c>theme</c> every taxonomy term, <c>year</c> a year field or every year of a
/// start–end span, <c>country</c> a text field.
/// </summary>
public sealed class SearchFacetOptions
{
    public const string Type = "type";
    public const string Theme = "theme";
    public const string Year = "year";
    public const string Country = "country";

    public static IReadOnlyList<string> Dimensions { get; } = [Type, Theme, Year, Country];

    public string YearField { get; set; } = "Year";

    public string StartYearField { get; set; } = "StartYear";

    public string EndYearField { get; set; } = "EndYear";

    public string CountryField { get; set; } = "Country";

    /// <summary>Longest start–end span expanded into single years.</summary>
    public int MaxYearSpan { get; set; } = 100;
}
