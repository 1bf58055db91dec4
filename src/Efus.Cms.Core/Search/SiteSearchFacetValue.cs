namespace Efus.Cms.Core.Search;

/// <summary>One value of a facet (a type name, a theme term id, a year, a country), its label and how many items have it.</summary>
public sealed record SiteSearchFacetValue(string Value, string Label, int Count);
