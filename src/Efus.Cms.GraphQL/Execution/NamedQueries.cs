using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.GraphQL.Execution;

/// <summary>
/// Persisted GraphQL documents (the "GraphQLQueries" document, written by the recipe step of that
/// name): clients send a name instead of the query text, so a GET URL stays short and cacheable.
/// Kept per node like every site document (<see cref="DocumentCache{T}"/>).
/// </summary>
public sealed class NamedQueries : IParsedDocument<NamedQueries>
{
    public const string UnknownCode = "UNKNOWN_NAMED_QUERY";

    private readonly Dictionary<string, string> _queries;

    private NamedQueries(Dictionary<string, string> queries) => _queries = queries;

    public static string DocumentName => DocumentNames.GraphQLQueries;

    public static NamedQueries Parse(JsonObject? document) => new(
        (document ?? []).Where(p => p.Value is JsonObject entry && entry["Query"] is JsonValue query && query.TryGetValue<string>(out _))
            .ToDictionary(p => p.Key, p => p.Value!["Query"]!.GetValue<string>(), StringComparer.Ordinal));

    /// <summary>The query text stored under <paramref name="name"/> (names are case-sensitive), or null.</summary>
    public string? Find(string name) => _queries.GetValueOrDefault(name);
}
