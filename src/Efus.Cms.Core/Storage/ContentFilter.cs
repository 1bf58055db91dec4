namespace Efus.Cms.Core.Storage;

/// <summary>
/// A provider-neutral filter over content item versions, translated to SQL by the store (never
/// evaluated in memory). Values are <see cref="string"/>, <see cref="decimal"/>, <see cref="bool"/>
/// or UTC <see cref="DateTime"/>; <see cref="FilterOperator.In"/> takes a list of them.
/// </summary>
public abstract record ContentFilter
{
    private ContentFilter()
    {
    }

    /// <summary>Every filter holds (an empty list holds for every item).</summary>
    public sealed record And(IReadOnlyList<ContentFilter> Filters) : ContentFilter;

    /// <summary>At least one filter holds (an empty list holds for no item).</summary>
    public sealed record Or(IReadOnlyList<ContentFilter> Filters) : ContentFilter;

    public sealed record Not(ContentFilter Filter) : ContentFilter;

    /// <summary>A column of the version compared with a value; a missing (null) value never matches.</summary>
    public sealed record Column(ContentColumn Name, FilterOperator Operator, object? Value) : ContentFilter;

    /// <summary>
    /// The version has at least one indexed value of field <paramref name="Part"/>.<paramref name="Name"/>
    /// (the part's key in the item and the field's name) that compares with <paramref name="Value"/>.
    /// </summary>
    public sealed record Field(string Part, string Name, FieldValueKind Kind, FilterOperator Operator, object? Value) : ContentFilter;
}
