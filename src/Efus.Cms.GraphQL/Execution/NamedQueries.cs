using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.GraphQL.Execution;

/// <summary>
/// Persisted GraphQL documents (the "GraphQLQueries" document, written by the recipe step of that
/// name): clients send a name instead of the query text, so a GET URL stays short and cacheable.
/// </summary>
public static class NamedQueries
{
    public const string UnknownCode = "UNKNOWN_NAMED_QUERY";

    /// <summary>The query text stored under <paramref name="name"/> (names are case-sensitive), or null.</summary>
    public static async Task<string?> FindAsync(IDocumentStore documents, string name, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync(DocumentNames.GraphQLQueries, cancellationToken);
        return document?[name] is JsonObject entry && entry["Query"] is JsonValue query && query.TryGetValue<string>(out var text) ? text : null;
    }
}
