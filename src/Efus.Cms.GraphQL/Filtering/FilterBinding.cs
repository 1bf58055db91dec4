using Efus.Cms.Core.Storage;

namespace Efus.Cms.GraphQL.Filtering;

/// <summary>
/// What one field of a <c>where</c> input means, attached to the input field as metadata when the
/// schema is built, so that translating a <c>where</c> argument is a walk over its input types.
/// </summary>
internal abstract record FilterBinding
{
    public const string MetadataKey = "Efus.Cms.GraphQL.Filter";

    private FilterBinding()
    {
    }

    /// <summary><c>AND</c>, <c>OR</c> or <c>NOT</c>: a list of where inputs of the same type.</summary>
    public sealed record Logical(LogicalKind Kind) : FilterBinding;

    /// <summary>An operator on a column of the version (<c>displayText_contains</c>, <c>path</c>, <c>localization.culture</c>).</summary>
    public sealed record OnColumn(ContentColumn Column, FilterOperator Operator, bool Negate) : FilterBinding;

    /// <summary>An operator on a field's indexed value; a null <paramref name="Part"/> means the part of the enclosing input.</summary>
    public sealed record OnField(string? Part, string Field, FieldValueKind Kind, FilterOperator Operator, bool Negate) : FilterBinding;

    /// <summary>An operator on the ids referenced by the enclosing picker or taxonomy field input.</summary>
    public sealed record OnReference(FilterOperator Operator, bool Negate) : FilterBinding;

    /// <summary>A nested input whose fields belong to the part with key <paramref name="Part"/> (<c>price: {amount_gt: 10}</c>).</summary>
    public sealed record PartInput(string Part) : FilterBinding;

    /// <summary>A nested input over the references of one picker or taxonomy field (<c>themes: {termContentItemIds_contains: "…"}</c>).</summary>
    public sealed record ReferenceInput(string? Part, string Field) : FilterBinding;

    /// <summary>A nested input whose fields bind to columns (<c>localization: {culture: "fr-FR"}</c>).</summary>
    public sealed record ColumnsInput : FilterBinding;
}
