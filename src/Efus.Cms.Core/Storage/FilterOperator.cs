namespace Efus.Cms.Core.Storage;

/// <summary>
/// Comparison of a column or field value with the filter's value. Negations are expressed with
/// <see cref="ContentFilter.Not"/>, so "not equal" also matches items that have no value.
/// </summary>
public enum FilterOperator
{
    /// <summary>Equal to the value.</summary>
    Equal,

    /// <summary>Equal to one of the values (the value is a list).</summary>
    In,

    /// <summary>Text containing the value.</summary>
    Contains,

    StartsWith,
    EndsWith,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,

    /// <summary>The field has at least one value (the filter's value is ignored).</summary>
    HasValue,
}
