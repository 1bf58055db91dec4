using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;

namespace Efus.Cms.Bench;

/// <summary>
/// The published items of a generated recipe kept as their JSON (one range of the recipe's bytes per item) and read
/// batch by batch, as <c>reindex</c> loads batches from the database: holding 100k parsed items (their JSON nodes)
/// through the indexing made every garbage collection of the run carry them, which the site does not do.
/// </summary>
public sealed class GeneratedItems(byte[] json, IReadOnlyList<Range> items, IReadOnlyList<(string? Title, string Type)> titles, int total)
{
    /// <summary>The published and indexable items.</summary>
    public int Count => items.Count;

    /// <summary>Every item of the recipe (published or not).</summary>
    public int Total => total;

    /// <summary>The title and type of each published item (for the queries).</summary>
    public IReadOnlyList<(string? Title, string Type)> Titles => titles;

    public List<ContentItem> Read(int first, int count) =>
        [.. items.Skip(first).Take(count).Select(range => ContentItemJson.FromJson(JsonNode.Parse(json.AsSpan(range))!.AsObject()))];
}
