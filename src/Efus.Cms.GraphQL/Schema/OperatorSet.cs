using Efus.Cms.Core.Storage;

namespace Efus.Cms.GraphQL.Schema;

/// <summary>Orchard's operator suffixes per kind of value (<c>WhereInputObjectGraphType</c>).</summary>
internal sealed class OperatorSet
{
    public static OperatorSet Id { get; } = new(("", FilterOperator.Equal, false), ("_not", FilterOperator.Equal, true),
        ("_in", FilterOperator.In, false), ("_not_in", FilterOperator.In, true));

    public static OperatorSet Equality { get; } = new(("", FilterOperator.Equal, false), ("_not", FilterOperator.Equal, true));

    public static OperatorSet String { get; } = new(("", FilterOperator.Equal, false), ("_not", FilterOperator.Equal, true),
        ("_in", FilterOperator.In, false), ("_not_in", FilterOperator.In, true),
        ("_contains", FilterOperator.Contains, false), ("_not_contains", FilterOperator.Contains, true),
        ("_starts_with", FilterOperator.StartsWith, false), ("_not_starts_with", FilterOperator.StartsWith, true),
        ("_ends_with", FilterOperator.EndsWith, false), ("_not_ends_with", FilterOperator.EndsWith, true));

    public static OperatorSet Comparable { get; } = new(("", FilterOperator.Equal, false), ("_not", FilterOperator.Equal, true),
        ("_in", FilterOperator.In, false), ("_not_in", FilterOperator.In, true),
        ("_gt", FilterOperator.GreaterThan, false), ("_gte", FilterOperator.GreaterThanOrEqual, false),
        ("_lt", FilterOperator.LessThan, false), ("_lte", FilterOperator.LessThanOrEqual, false));

    private OperatorSet(params (string Suffix, FilterOperator Operator, bool Negate)[] operators) => Operators = operators;

    public IReadOnlyList<(string Suffix, FilterOperator Operator, bool Negate)> Operators { get; }
}
