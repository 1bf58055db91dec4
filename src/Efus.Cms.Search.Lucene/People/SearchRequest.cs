namespace Efus.Cms.Search.Lucene.People;

/// <summary>A visitor's search: words, facet filters (values of one dimension are alternatives, dimensions combine), and a page.</summary>
public sealed record SearchRequest
{
    public const int MaxQueryLength = 1000;
    public const int MaxPage = 100;
    public const int MaxPageSize = 50;

    public string Query { get; init; } = "";

    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Theme term ids.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<string> Years { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    /// <summary>
    /// Types whose items the caller may not view (<see cref="SearchService"/> fills it from the Roles
    /// document): never matched, so neither listed nor counted in the total and the facets.
    /// </summary>
    public IReadOnlyCollection<string> HiddenTypes { get; init; } = [];

    /// <summary>What is wrong with the request, or null when it can be run.</summary>
    public string? Problem() => Query switch
    {
        _ when string.IsNullOrWhiteSpace(Query) => "q is required",
        { Length: > MaxQueryLength } => $"q is too long: at most {MaxQueryLength} characters",
        _ when Page is < 1 or > MaxPage => $"page must be between 1 and {MaxPage}",
        _ when PageSize is < 1 or > MaxPageSize => $"pageSize must be between 1 and {MaxPageSize}",
        _ => null,
    };
}
