namespace Efus.Cms.Admin.Comparison;

/// <summary>One line of a comparison: a field's label and its plain-text value in each version.</summary>
public sealed record FieldChange(string Key, string Label, string Before, string After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}
