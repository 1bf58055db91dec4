namespace Efus.Cms.Core.Storage;

/// <summary>A page of items filtered and sorted in the database.</summary>
public sealed record ContentQuery
{
    public IReadOnlyList<string>? ContentTypes { get; init; }

    public ContentStatus Status { get; init; } = ContentStatus.Published;

    public string? Culture { get; init; }

    public string? DisplayTextContains { get; init; }

    public ContentOrder OrderBy { get; init; } = ContentOrder.CreatedUtcDescending;

    public int Skip { get; init; }

    public int Take { get; init; } = 100;
}
