namespace Efus.Cms.Data.FieldIndex;

/// <summary>One indexed value of a field; exactly one of the values is set.</summary>
public sealed record FieldIndexValue(string? Text = null, decimal? Numeric = null, bool? Boolean = null, DateTime? Date = null);
