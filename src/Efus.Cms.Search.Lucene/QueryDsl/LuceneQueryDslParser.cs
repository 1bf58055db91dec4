using System.Text;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace Efus.Cms.Search.Lucene.QueryDsl;

/// <summary>
/// Parses Orchard Core's Elasticsearch-like query DSL
/// (<c>{"query": {...}, "from": 0, "size": 10, "sort": ...}</c>) into a Lucene query, paging and sort.
/// Every failure, including hostile input past the limits of <see cref="LuceneQueryDslOptions"/>,
/// is a <see cref="QueryDslException"/>. Thread-safe: each call has its own state.
/// </summary>
public sealed class LuceneQueryDslParser(LuceneQueryDslOptions? options = null)
{
    private static readonly string[] _requestProperties = ["query", "from", "size", "sort"];
    private readonly LuceneQueryDslOptions _options = options ?? new LuceneQueryDslOptions();

    /// <summary>Parses a request given as JSON text.</summary>
    /// <param name="json">The request.</param>
    /// <param name="analyzer">The index analyzer: full-text query types analyze their text with it.</param>
    /// <param name="numericFieldType">
    /// Which fields are indexed as numbers (Int64Field, DoubleField…): range, term, terms and sort
    /// on them use numeric queries. Null, or <see cref="NumericType.NONE"/>, means a string field.
    /// </param>
    /// <exception cref="QueryDslException">The request is invalid or exceeds a limit.</exception>
    public ParsedSearchRequest Parse(string json, Analyzer analyzer, Func<string, NumericType>? numericFieldType = null)
    {
        if (json.Length > _options.MaxJsonLength)
        {
            throw new QueryDslException("$", $"the request is {json.Length} characters long; the maximum is {_options.MaxJsonLength}");
        }

        JsonDocument document;
        try
        {
            // Orchard parses queries with Json.NET, which accepts trailing commas and comments; queries written for it must work here.
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = _options.MaxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception) when (IsNestedDeeperThan(json, _options.MaxDepth))
        {
            throw new QueryDslException("$", $"the request is nested deeper than {_options.MaxDepth} levels", exception);
        }
        catch (JsonException exception)
        {
            throw new QueryDslException(ToDslPath(exception.Path), $"invalid JSON: {WithoutPosition(exception.Message)}", exception);
        }

        using (document)
        {
            var context = new DslContext(analyzer, numericFieldType ?? (_ => NumericType.NONE), _options);
            try
            {
                return ParseRequest(context, document.RootElement);
            }
            catch (BooleanQuery.TooManyClausesException exception)
            {
                // Every builder already converts this; the catch keeps any path we missed from leaking a 500.
                throw new QueryDslException("query", context.TooManyClauses("query").Problem, exception);
            }
        }
    }

    /// <summary>Parses a request already read as JSON; the same limits apply.</summary>
    /// <exception cref="QueryDslException">The request is invalid or exceeds a limit.</exception>
    public ParsedSearchRequest Parse(JsonElement request, Analyzer analyzer, Func<string, NumericType>? numericFieldType = null) =>
        Parse(request.GetRawText(), analyzer, numericFieldType);

    private ParsedSearchRequest ParseRequest(DslContext context, JsonElement root)
    {
        DslJson.RequireObject(root, "$", "a request");
        Query query = new MatchAllDocsQuery();
        var from = 0;
        var size = _options.DefaultSize;
        Sort? sort = null;

        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query":
                    query = DslQueryReader.Read(context, property.Value, "query");
                    break;
                case "from":
                    from = DslJson.ReadInt(property.Value, "from", 0, _options.MaxResultWindow);
                    break;
                case "size":
                    size = DslJson.ReadInt(property.Value, "size", 0, _options.MaxSize);
                    break;
                case "sort":
                    sort = DslSortReader.Read(context, property.Value, "sort");
                    break;
                default:
                    throw DslJson.UnknownProperty("$", property.Name, "the request", _requestProperties);
            }
        }

        if (from + size > _options.MaxResultWindow)
        {
            throw new QueryDslException("from", $"from + size is {from + size}; the maximum is {_options.MaxResultWindow}");
        }

        return new ParsedSearchRequest(query, from, size, sort);
    }

    // Tells the depth limit apart from other syntax errors, which JsonException does not.
    private static bool IsNestedDeeperThan(string json, int maxDepth)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = maxDepth + 1, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // A syntax error before the depth limit.
        }

        return false;
    }

    // System.Text.Json reports "$.query.bool"; the DSL messages use "query.bool".
    private static string ToDslPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string WithoutPosition(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (end < 0)
        {
            end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return end < 0 ? message : message[..end];
    }
}
