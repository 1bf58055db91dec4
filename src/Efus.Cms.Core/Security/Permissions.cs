namespace Efus.Cms.Core.Security;

/// <summary>Orchard Core's permission names that Efus.Cms checks.</summary>
public static class Permissions
{
    public const string ViewContent = "ViewContent";
    public const string EditContent = "EditContent";
    public const string PublishContent = "PublishContent";
    public const string ExecuteGraphQL = "ExecuteGraphQL";
    public const string QueryLuceneApi = "QueryLuceneApi";

    /// <summary>Orchard's per-index search permission, e.g. <c>QueryLuceneSearchIndex</c>.</summary>
    public static string QueryLuceneIndex(string indexName) => $"QueryLucene{indexName}Index";
}
