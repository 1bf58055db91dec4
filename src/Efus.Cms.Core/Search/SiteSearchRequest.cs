namespace Efus.Cms.Core.Search;

/// <summary>Words, facet filters (values of one dimension are alternatives, dimensions combine) and a window of hits.</summary>
public sealed record SiteSearchRequest
{
    public const int MaxQueryLength = 1000;
    public const int MaxTake = 50;
    public const int MaxSkip = 1000;

    public string Query { get; init; } = "";

    /// <summary>The visitor's culture, for engines that know cultures.</summary>
    public string? Culture { get; init; }

    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Theme term ids.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<string> Years { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public int Skip { get; init; }

    public int Take { get; init; } = 10;

    /// <summary>What is wrong with the request (naming the argument), or null when it can be run.</summary>
    public string? Problem() => this switch
    {
        _ when string.IsNullOrWhiteSpace(Query) => "query is required",
        { Query.Length: > MaxQueryLength } => $"query is too long: at most {MaxQueryLength} characters",
        { Take: < 1 or > MaxTake } => $"first must be between 1 and {MaxTake}",
        { Skip: < 0 or > MaxSkip } => $"skip must be between 0 and {MaxSkip}",
        _ => null,
    };
}
