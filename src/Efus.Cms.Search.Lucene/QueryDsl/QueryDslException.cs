namespace Efus.Cms.Search.Lucene.QueryDsl;

/// <summary>
/// A query DSL request that cannot be run: invalid JSON, an unknown query type, a wrong shape,
/// or a limit exceeded. The message reads <c>path: problem</c>, e.g.
/// <c>query.bool.must[1]: unknown query type 'matchh'</c>, and is safe to show to the API caller.
/// </summary>
public sealed class QueryDslException : Exception
{
    public QueryDslException()
        : this("$", "invalid query")
    {
    }

    public QueryDslException(string message)
        : base(message)
    {
        Path = "$";
        Problem = message;
    }

    public QueryDslException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "$";
        Problem = message;
    }

    public QueryDslException(string path, string problem, Exception? innerException = null)
        : base($"{path}: {problem}", innerException)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Where the problem is, in dotted JSON path form (<c>$</c> for the whole request).</summary>
    public string Path { get; }

    /// <summary>The problem, without the path.</summary>
    public string Problem { get; }
}
