using Efus.Cms.Theming.ViewModels;

namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>A theme's page: the term and every published item tagged with it.</summary>
public sealed record ThemeView(LinkView Theme, IReadOnlyList<string> Cards, PagerView Pager);
