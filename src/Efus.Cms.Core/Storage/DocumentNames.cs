namespace Efus.Cms.Core.Storage;

/// <summary>Names of the site-wide documents in <see cref="IDocumentStore"/>.</summary>
public static class DocumentNames
{
    public const string ContentDefinitions = "ContentDefinitions";
    public const string Site = "Site";
    public const string Roles = "Roles";
    public const string LuceneIndexSettings = "LuceneIndexSettings";

    /// <summary><c>{ "Rebuild": [index names], "Reset": [index names] }</c>, pending until the search engine clears them.</summary>
    public const string LuceneIndexRequests = "LuceneIndexRequests";

    /// <summary><c>{ NAME: { "Query": "…", "Description": "…" } }</c>: GraphQL documents that clients run by name (GET + HTTP caching).</summary>
    public const string GraphQLQueries = "GraphQLQueries";

    public const string Features = "Features";
    public const string Themes = "Themes";
    public const string Setup = "Setup";
}
