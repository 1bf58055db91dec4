namespace Efus.Cms.UrbanSecurity.Search;

public sealed record SiteSearchResult(IReadOnlyList<SiteSearchHit> Hits, int Total);
