namespace Efus.Cms.Core.Search;

/// <summary>How many public searches were made on a day, and how many of them found nothing.</summary>
public sealed record SearchDay(DateOnly Day, int Searches, int WithoutResults);
