using Efus.Cms.Theming.ViewModels;

namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>A listing page: its introduction (the Page item at the same path, if any), filters, cards and pager.</summary>
public sealed record ListingView
{
    public required string Type { get; init; }

    public required string Title { get; init; }

    public required string Url { get; init; }

    /// <summary>The body of the Page item published at the listing's own path (sanitised HTML), if there is one.</summary>
    public ItemView? Introduction { get; init; }

    public required IReadOnlyList<FilterField> Filters { get; init; }

    /// <summary>Whether any filter is set (the form then offers to clear them).</summary>
    public bool Filtered { get; init; }

    /// <summary>Each item's summary, rendered by its <c>Content-{Type}.Summary</c> template.</summary>
    public required IReadOnlyList<string> Cards { get; init; }

    public required PagerView Pager { get; init; }
}
