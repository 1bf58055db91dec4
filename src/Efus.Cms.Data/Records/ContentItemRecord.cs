namespace Efus.Cms.Data.Records;

/// <summary>
/// One version of a content item: the whole item as Orchard JSON plus the columns that lists
/// filter and sort on, copied from the item at save time.
/// </summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    /// <summary>DisplayText lower-cased without diacritics, so "contains" and sorting behave alike on every provider.</summary>
    public string? DisplayTextNormalized { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>AutoroutePart.Path.</summary>
    public string? Path { get; set; }

    /// <summary>LocalizationPart.Culture.</summary>
    public string? Culture { get; set; }

    /// <summary>LocalizationPart.LocalizationSet.</summary>
    public string? LocalizationSet { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string Json { get; set; } = "{}";

    public int Revision { get; set; }
}
