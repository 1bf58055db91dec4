namespace Efus.Cms.Core.Search;

/// <summary>A query that found nothing, and how often it was searched.</summary>
public sealed record UnansweredQuery(string Query, int Searches, DateOnly LastDay);
