using System.Collections;
using Efus.Cms.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace Efus.Cms.GraphQL.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> argument into a <see cref="ContentFilter"/> by reading the
/// <see cref="FilterBinding"/> of each input field. Keys of one object combine with AND, except under OR where
/// each key is an alternative (Orchard's reading); AND and OR
/// take lists; NOT negates the AND of its list. Null values are ignored, as absent keys.
/// </summary>
internal static class WhereTranslator
{
    public static ContentFilter? Translate(object? where, IInputObjectGraphType type) =>
        Translate(where, type, new Scope(null, null));

    private static ContentFilter? Translate(object? value, IInputObjectGraphType type, Scope scope) =>
        Combine(Conditions(value, type, scope));

    /// <summary>One filter per key of the input object (keys whose value is null are skipped).</summary>
    private static List<ContentFilter> Conditions(object? value, IInputObjectGraphType type, Scope scope)
    {
        var filters = new List<ContentFilter>();
        if (value is not IDictionary<string, object?> input)
        {
            return filters;
        }

        foreach (var (key, item) in input)
        {
            if (item is null)
            {
                continue;
            }

            var field = type.GetField(key) ?? throw new ExecutionError($"Unknown filter '{key}' on {type.Name}.");
            var binding = field.GetMetadata<FilterBinding>(FilterBinding.MetadataKey)
                ?? throw new InvalidOperationException($"The filter '{type.Name}.{key}' has no binding.");
            if (ToFilter(binding, item, Unwrap(field.ResolvedType), scope) is { } filter)
            {
                filters.Add(filter);
            }
        }

        return filters;
    }

    private static ContentFilter? ToFilter(FilterBinding binding, object value, IGraphType? type, Scope scope) => binding switch
    {
        FilterBinding.Logical logical => Logical(logical.Kind, value, (IInputObjectGraphType)type!, scope),
        FilterBinding.OnColumn column => Negate(new ContentFilter.Column(column.Column, column.Operator, Value(column.Operator, value, null)), column.Negate),
        FilterBinding.OnField field => Negate(new ContentFilter.Field(field.Part ?? scope.Part ?? throw Unbound(field.Field), field.Field,
            field.Kind, field.Operator, Value(field.Operator, value, field.Kind)), field.Negate),
        FilterBinding.OnReference reference => Negate(Reference(reference.Operator, value, scope), reference.Negate),
        FilterBinding.PartInput part => Translate(value, (IInputObjectGraphType)type!, new Scope(part.Part, null)),
        FilterBinding.ReferenceInput reference => Translate(value, (IInputObjectGraphType)type!,
            new Scope(reference.Part ?? scope.Part, reference.Field)),
        FilterBinding.ColumnsInput => Translate(value, (IInputObjectGraphType)type!, scope),
        _ => throw new InvalidOperationException($"Unknown filter binding {binding}."),
    };

    private static ContentFilter? Logical(LogicalKind kind, object value, IInputObjectGraphType type, Scope scope)
    {
        var items = value is IEnumerable list and not IDictionary<string, object?> ? list.Cast<object?>() : [value];
        if (kind == LogicalKind.Or)
        {
            // As in Orchard, every key of every object under OR is an alternative:
            // OR: {price: {amount: 10}, sku_ends_with: "44"} means one or the other.
            var alternatives = items.Select(item => Conditions(item, type, scope)).ToList();
            return alternatives.Count == 0 || alternatives.Any(a => a.Count == 0)
                ? null
                : new ContentFilter.Or([.. alternatives.SelectMany(a => a)]);
        }

        var filters = items.Select(item => Translate(item, type, scope)).ToList();
        return kind switch
        {
            // An empty member of AND/NOT holds for every item.
            LogicalKind.And => Combine([.. filters.OfType<ContentFilter>()]),
            LogicalKind.Not => Combine([.. filters.OfType<ContentFilter>()]) is { } inner ? new ContentFilter.Not(inner) : new ContentFilter.Or([]),
            _ => throw new InvalidOperationException($"Unknown logical operator {kind}."),
        };
    }

    private static ContentFilter Reference(FilterOperator op, object value, Scope scope)
    {
        var part = scope.Part ?? throw Unbound("reference");
        var field = scope.Field ?? throw Unbound("reference");
        return op == FilterOperator.HasValue
            // "_empty: true" is the negation of "has a value"; "_empty: false" is "has a value".
            ? (value is true ? new ContentFilter.Not(new ContentFilter.Field(part, field, FieldValueKind.Text, FilterOperator.HasValue, null))
                : new ContentFilter.Field(part, field, FieldValueKind.Text, FilterOperator.HasValue, null))
            : new ContentFilter.Field(part, field, FieldValueKind.Text, op, Value(op, value, FieldValueKind.Text));
    }

    private static ContentFilter? Combine(List<ContentFilter> filters) => filters.Count switch
    {
        0 => null,
        1 => filters[0],
        _ => new ContentFilter.And(filters),
    };

    private static ContentFilter Negate(ContentFilter filter, bool negate) => negate ? new ContentFilter.Not(filter) : filter;

    private static object? Value(FilterOperator op, object value, FieldValueKind? kind) => op == FilterOperator.In
        ? (value is IEnumerable list and not string ? list.Cast<object?>().Where(v => v is not null).Select(v => Scalar(v!, kind)).ToList() : [Scalar(value, kind)])
        : Scalar(value, kind);

    private static object Scalar(object value, FieldValueKind? kind) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        DateTimeOffset offset => offset.UtcDateTime,
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        DateTime other => DateTime.SpecifyKind(other, DateTimeKind.Utc),
        int or long or double or float when kind == FieldValueKind.Numeric => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };

    private static InvalidOperationException Unbound(string name) => new($"The filter '{name}' is not inside a part.");

    private sealed record Scope(string? Part, string? Field);
}
