namespace Efus.Cms.GraphQL;

/// <summary>Limits and switches of the GraphQL endpoint (configuration section <c>Cms:GraphQL</c>).</summary>
public sealed class GraphQLOptions
{
    public const string SectionName = "Cms:GraphQL";

    /// <summary>Deepest allowed selection nesting; introspection-only operations are exempt.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest allowed complexity score (GraphQL.NET's analyzer: a list multiplies its children by its
    /// <c>first</c>, or by 5). 100 projects with three levels of expansions score about 95,000.
    /// </summary>
    public int MaxComplexity { get; set; } = 500_000;

    /// <summary>Most aliases in one document.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most field selections in one document, counted before validation (which is quadratic in repeats).</summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Items returned when <c>first</c> is absent or 0.</summary>
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>Largest allowed <c>first</c>; larger values are refused with a clear error.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Largest request body or query string accepted, in bytes.</summary>
    public int MaxDocumentBytes { get; set; } = 100 * 1024;

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>How long shared caches may keep an anonymous answer to a named query sent with GET.</summary>
    public TimeSpan NamedQueryMaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether error messages carry exception details (development only).</summary>
    public bool ExposeExceptions { get; set; }
}
