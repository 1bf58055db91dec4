namespace Efus.Cms.Theming.ViewModels;

/// <summary>
/// What a template may read of one content item: plain values already resolved (titles of linked
/// items, term names, media URLs), never the item's JSON or a service.
/// </summary>
public sealed record ItemView
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    /// <summary>The type's display name (French; templates translate it with <c>| t</c>).</summary>
    public required string TypeLabel { get; init; }

    public required string Title { get; init; }

    /// <summary>The item's public URL (<c>/</c> + its Autoroute path), or null when it has none.</summary>
    public string? Url { get; init; }

    /// <summary>The item's culture (<c>fr-FR</c>), or null when the item is not localized.</summary>
    public string? Culture { get; init; }

    /// <summary>The language part of <see cref="Culture"/> (<c>fr</c>), for <c>lang</c> attributes.</summary>
    public string? Lang { get; init; }

    public string? LocalizationSet { get; init; }

    public DateTime? PublishedUtc { get; init; }

    public DateTime? ModifiedUtc { get; init; }

    /// <summary><see cref="PublishedUtc"/> written out in the page's language ("3 mars 2026").</summary>
    public string? PublishedText { get; init; }

    /// <summary>HtmlBodyPart, sanitised when it was saved.</summary>
    public string? BodyHtml { get; init; }

    /// <summary>Fields by name (<c>item.fields.City.text</c>); every field of the type is present, empty or not.</summary>
    public required Dictionary<string, FieldView> Fields { get; init; }

    /// <summary>Items of each BagPart by the part's name (<c>item.bags.Sessions</c>).</summary>
    public required Dictionary<string, IReadOnlyList<ItemView>> Bags { get; init; }

    /// <summary>The images of every media field, in field order: a detail page's illustrations.</summary>
    public IReadOnlyList<MediaView> Images => [.. Fields.Values.SelectMany(f => f.Media).Where(m => m.IsImage)];

    /// <summary>The first of <see cref="Images"/>: a card's thumbnail.</summary>
    public MediaView? Thumbnail => Fields.Values.SelectMany(f => f.Media).FirstOrDefault(m => m.IsImage);
}
