namespace Efus.Cms.UrbanSecurity.ViewModels;

public sealed record SearchView(string? Query, IReadOnlyList<SearchHitView> Hits, PagerView Pager);
