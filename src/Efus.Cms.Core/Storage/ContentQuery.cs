namespace Efus.Cms.Core.Storage;

/// <summary>A page of items filtered and sorted in the database.</summary>
public sealed record ContentQuery
{
    public IReadOnlyList<string>? ContentTypes { get; init; }

    public ContentStatus Status { get; init; } = ContentStatus.Published;

    public string? Culture { get; init; }

    public string? DisplayTextContains { get; init; }

    /// <summary>
    /// Only localized items in another culture whose translation set has no latest version in this
    /// culture (Orchard's "items lacking a translation").
    /// </summary>
    public string? LacksTranslationIn { get; init; }

    /// <summary>Conditions on columns and indexed field values, evaluated by the store in the database.</summary>
    public ContentFilter? Filter { get; init; }

    public ContentOrder OrderBy { get; init; } = ContentOrder.CreatedUtcDescending;

    /// <summary>When set, replaces <see cref="OrderBy"/>: sort by each key in turn.</summary>
    public IReadOnlyList<ContentSort>? Sorts { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 100;

    /// <summary>
    /// Whether the store counts every matching item (one more query). When false,
    /// <see cref="ContentPage.Total"/> is -1.
    /// </summary>
    public bool IncludeTotal { get; init; } = true;
}
