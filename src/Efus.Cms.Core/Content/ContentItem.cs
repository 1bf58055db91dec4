using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Content;

/// <summary>
/// One version of a content item, in Orchard Core's shape: the common properties plus one JSON
/// object per part (fields live inside the part that declares them).
/// </summary>
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    /// <summary>Part name → part object, in document order.</summary>
    public JsonObject Parts { get; init; } = [];

    /// <summary>
    /// The store's concurrency token for this version; never serialized. A save must carry the
    /// revision it was based on, so a stale save is refused instead of overwriting.
    /// </summary>
    public int Revision { get; set; }

    public JsonObject? Part(string partName) => Parts[partName] as JsonObject;

    public JsonObject GetOrCreatePart(string partName)
    {
        if (Parts[partName] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        Parts[partName] = created;
        return created;
    }

    public JsonObject? Field(string partName, string fieldName) => Part(partName)?[fieldName] as JsonObject;

    public ContentItem Clone() => new()
    {
        ContentItemId = ContentItemId,
        ContentItemVersionId = ContentItemVersionId,
        ContentType = ContentType,
        DisplayText = DisplayText,
        Latest = Latest,
        Published = Published,
        ModifiedUtc = ModifiedUtc,
        PublishedUtc = PublishedUtc,
        CreatedUtc = CreatedUtc,
        Owner = Owner,
        Author = Author,
        Parts = (JsonObject)Parts.DeepClone(),
        Revision = Revision,
    };
}
