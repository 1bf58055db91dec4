namespace Efus.Cms.Search.Lucene.QueryDsl;

/// <summary>Limits and defaults of <see cref="LuceneQueryDslParser"/>; the defaults suit a public API.</summary>
public sealed class LuceneQueryDslOptions
{
    /// <summary>Longest accepted request JSON, in characters.</summary>
    public int MaxJsonLength { get; init; } = 100 * 1024;

    /// <summary>Deepest accepted JSON nesting.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary><c>size</c> when the request has none.</summary>
    public int DefaultSize { get; init; } = 10;

    /// <summary>Largest accepted <c>size</c>.</summary>
    public int MaxSize { get; init; } = 1000;

    /// <summary>Largest accepted <c>from + size</c>: deep paging costs memory proportional to it.</summary>
    public int MaxResultWindow { get; init; } = 10_000;

    /// <summary>Most clauses in the whole query tree, counted before multi-term expansion.</summary>
    public int MaxClauseCount { get; init; } = 1024;

    /// <summary>
    /// Most index terms a prefix, wildcard, regexp or fuzzy query expands to (the top terms are kept),
    /// and the largest accepted fuzzy <c>max_expansions</c>.
    /// </summary>
    public int MaxExpansions { get; init; } = 100;

    /// <summary>Longest accepted wildcard or regular expression pattern: automaton size grows with it.</summary>
    public int MaxPatternLength { get; init; } = 256;

    /// <summary>Field searched by <c>query_string</c> without <c>default_field</c> and <c>simple_query_string</c> without <c>fields</c>.</summary>
    public string DefaultField { get; init; } = "Content.ContentItem.FullText";
}
