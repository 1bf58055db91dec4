namespace Efus.Cms.DataGenerator;

/// <summary>The top-level properties of an Orchard Core content item, in the order Orchard writes them.</summary>
internal sealed record ContentItemHeader(
    string ContentItemId,
    string ContentItemVersionId,
    string ContentType,
    string DisplayText,
    bool Latest,
    bool Published,
    DateTime? ModifiedUtc,
    DateTime? PublishedUtc,
    DateTime? CreatedUtc)
{
    /// <summary>A stored version: the latest one, published unless <paramref name="dates"/> has no publication date.</summary>
    public static ContentItemHeader Stored(string id, string versionId, string contentType, string title, ItemDates dates) =>
        new(id, versionId, contentType, title, Latest: true, dates.Published is not null, dates.Modified, dates.Published, dates.Created);

    /// <summary>
    /// An item that lives inside another one (a taxonomy term, a bag item): Orchard creates these with
    /// <c>NewAsync</c>, never stores them on their own, and exports them not latest, not published and without dates.
    /// </summary>
    public static ContentItemHeader Nested(string id, string versionId, string contentType, string title) =>
        new(id, versionId, contentType, title, Latest: false, Published: false, null, null, null);
}
