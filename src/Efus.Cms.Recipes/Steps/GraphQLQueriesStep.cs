using System.Text.Json.Nodes;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Recipes.Steps;

/// <summary>
/// <c>{"name": "GraphQLQueries", "Queries": [{"Name": "LatestProjects", "Query": "query($first: Int) {…}", "Description": "…"}]}</c>:
/// persisted GraphQL documents, run with <c>GET /api/graphql?namedQuery=NAME</c>. A query of the same
/// name is replaced; <c>"Query": null</c> removes it. Stored in the "GraphQLQueries" document.
/// </summary>
public sealed class GraphQLQueriesStep(IDocumentStore documents) : IRecipeStep
{
    public const int MaxNameLength = 100;

    // The entry's key (CA1507 would otherwise ask for nameof(Name), the step's own name).
    private const string NameKey = "Name";

    public string Name => "GraphQLQueries";

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var queries = context.Array("Queries", out var queriesPath)
            ?? throw new RecipeStepException(queriesPath, "a GraphQLQueries step needs a 'Queries' array");
        var document = await documents.GetAsync(DocumentNames.GraphQLQueries, context.CancellationToken) ?? [];
        for (var i = 0; i < queries.Count; i++)
        {
            var path = JsonPaths.Index(queriesPath, i);
            if (queries[i] is not JsonObject entry)
            {
                throw new RecipeStepException(path, "expected an object with 'Name' and 'Query'");
            }

            var name = RecipeStepContext.StringOf(entry, NameKey, path);
            if (NameProblem(name) is { } problem)
            {
                throw new RecipeStepException(JsonPaths.Property(path, NameKey), problem);
            }

            var (queryValue, queryPath) = RecipeStepContext.PropertyOf(entry, "Query", path);
            if (queryValue is null && entry.Any(p => p.Key.Equals("Query", StringComparison.OrdinalIgnoreCase)))
            {
                document.Remove(name!);
                continue;
            }

            var query = RecipeStepContext.StringOf(entry, "Query", path);
            if (string.IsNullOrWhiteSpace(query))
            {
                throw new RecipeStepException(queryPath, "'Query' must be a GraphQL document (or null to remove the query)");
            }

            var stored = new JsonObject { ["Query"] = query };
            if (RecipeStepContext.StringOf(entry, "Description", path) is { Length: > 0 } description)
            {
                stored["Description"] = description;
            }

            document[name!] = stored;
        }

        await documents.SaveAsync(DocumentNames.GraphQLQueries, document, context.CancellationToken);
    }

    /// <summary>The step that recreates the "GraphQLQueries" document, for the site export.</summary>
    public static JsonObject StepOf(JsonObject document) => new()
    {
        ["name"] = "GraphQLQueries",
        ["Queries"] = new JsonArray([.. document.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var entry = new JsonObject { [NameKey] = p.Key };
            foreach (var (key, value) in p.Value as JsonObject ?? [])
            {
                entry[key] = value?.DeepClone();
            }

            return (JsonNode)entry;
        })]),
    };

    private static string? NameProblem(string? name) => name switch
    {
        null or "" => "'Name' is required",
        { Length: > MaxNameLength } => $"'Name' is longer than {MaxNameLength} characters",
        _ when !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') => "'Name' may hold only letters, digits, '-', '_' and '.'",
        _ => null,
    };
}
