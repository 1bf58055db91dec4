namespace Efus.Cms.Admin.Types;

/// <summary>The posted settings form of a field; numbers as typed (a comma or a point).</summary>
public sealed record FieldSettingsInput
{
    public string? DisplayName { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>LuceneContentIndexSettings.Included: the field's values go into the search index.</summary>
    public bool Searchable { get; init; }

    public string? Minimum { get; init; }

    public string? Maximum { get; init; }

    public string? Scale { get; init; }

    public bool Multiple { get; init; }

    public string? TaxonomyContentItemId { get; init; }

    public bool Unique { get; init; }

    public string? Label { get; init; }

    public IReadOnlyList<string> DisplayedContentTypes { get; init; } = [];
}
