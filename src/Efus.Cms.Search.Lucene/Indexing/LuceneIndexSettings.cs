using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Search.Lucene.Indexing;

/// <summary>
/// One index definition as the <c>lucene-index</c> recipe step stores it (Orchard's LuceneIndexSettings);
/// the name is the key of the "LuceneIndexSettings" document.
/// </summary>
public sealed record LuceneIndexSettings(
    string Name,
    string AnalyzerName,
    bool IndexLatest,
    IReadOnlyList<string> IndexedContentTypes,
    string Culture,
    bool StoreSourceData)
{
    public const string AnyCulture = "any";

    public static LuceneIndexSettings FromJson(string name, JsonObject json) => new(
        name,
        json[nameof(AnalyzerName)].AsString() ?? "standardanalyzer",
        json[nameof(IndexLatest)].AsBool() ?? false,
        json[nameof(IndexedContentTypes)].AsStrings(),
        json[nameof(Culture)].AsString() ?? AnyCulture,
        json[nameof(StoreSourceData)].AsBool() ?? false);

    /// <summary>Every index of the "LuceneIndexSettings" document, in name order.</summary>
    public static IReadOnlyList<LuceneIndexSettings> AllFrom(JsonObject? document) => document is null
        ? []
        : [.. document.Where(p => p.Value is JsonObject).Select(p => FromJson(p.Key, (JsonObject)p.Value!)).OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>
    /// Whether the type is indexed. An empty list indexes nothing, as in Orchard Core (an index lists the
    /// types it wants).
    /// </summary>
    public bool IndexesType(string contentType) => IndexedContentTypes.Contains(contentType, StringComparer.Ordinal);

    /// <summary>"any" takes every item; otherwise the item's culture must be this one (an empty setting takes only culture-less items).</summary>
    public bool IndexesCulture(string? itemCulture) =>
        string.Equals(Culture, AnyCulture, StringComparison.OrdinalIgnoreCase)
        || (string.IsNullOrEmpty(Culture) ? string.IsNullOrEmpty(itemCulture) : string.Equals(Culture, itemCulture, StringComparison.OrdinalIgnoreCase));
}
