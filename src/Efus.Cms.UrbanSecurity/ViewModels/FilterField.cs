namespace Efus.Cms.UrbanSecurity.ViewModels;

/// <summary>One control of a listing's filter form (a plain GET form): a select when it has options, else an input.</summary>
public sealed record FilterField
{
    /// <summary>The query parameter (<c>theme</c>, <c>country</c>, <c>city</c>, <c>year</c>).</summary>
    public required string Name { get; init; }

    public required string Label { get; init; }

    public string? Value { get; init; }

    /// <summary><c>select</c>, <c>text</c> or <c>number</c>.</summary>
    public required string Control { get; init; }

    public IReadOnlyList<FilterOption> Options { get; init; } = [];
}
