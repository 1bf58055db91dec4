namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>Paging of a list: the current page, the page count and the links (filters kept in each URL).</summary>
public sealed record PagerView(int Page, int Pages, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLink> Links);
