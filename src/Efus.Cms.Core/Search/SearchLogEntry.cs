namespace Efus.Cms.Core.Search;

/// <summary>A normalised query searched <paramref name="Searches"/> times on <paramref name="Day"/> (UTC), finding <paramref name="Results"/> results.</summary>
public sealed record SearchLogEntry(DateOnly Day, string Query, int Searches, int Results);
