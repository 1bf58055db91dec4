namespace Efus.Cms.Data.Records;

/// <summary>
/// One value of one field of one content item version, written at save time so that GraphQL
/// filters run in SQL. Pickers and taxonomies get one row per referenced id (in <see cref="TextValue"/>).
/// </summary>
public sealed class ContentFieldIndexRecord
{
    public const int MaxTextLength = 4000;

    public long Id { get; set; }

    public string ContentItemVersionId { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary>The part's key in the item (the type-named part, or a named part such as a BagPart).</summary>
    public string Part { get; set; } = "";

    public string Field { get; set; } = "";

    /// <summary>Text value, or a referenced content item id; cut at <see cref="MaxTextLength"/> characters.</summary>
    public string? TextValue { get; set; }

    public decimal? NumericValue { get; set; }

    public bool? BooleanValue { get; set; }

    public DateTime? DateValue { get; set; }

    public bool Published { get; set; }

    public bool Latest { get; set; }
}
