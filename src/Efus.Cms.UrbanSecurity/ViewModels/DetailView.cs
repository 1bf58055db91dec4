using Efus.Cms.Theming.ViewModels;

namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>An item's page: the item, what is related to it, its table of contents and its translations.</summary>
public sealed record DetailView
{
    public required ItemView Item { get; init; }

    public IReadOnlyList<RelatedGroup> Related { get; init; } = [];

    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    /// <summary>The same item in the site's other languages.</summary>
    public IReadOnlyList<LanguageLink> Translations { get; init; } = [];

    /// <summary>The listing this item belongs to (for the breadcrumb), if any.</summary>
    public NavLink? Parent { get; init; }
}
