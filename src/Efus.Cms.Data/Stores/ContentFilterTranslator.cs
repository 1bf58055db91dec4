using System.Linq.Expressions;
using Efus.Cms.Core.Storage;
using Efus.Cms.Data.Records;

namespace Efus.Cms.Data.Stores;

/// <summary>
/// <see cref="ContentFilter"/> as one LINQ predicate over content versions, so EF turns it into a
/// single WHERE clause: columns compare directly, field filters become EXISTS sub-queries on the
/// field index. Values become SQL parameters. Text operators are case-sensitive and identical on
/// every provider (substr/instr, not LIKE); displayText's contains/starts/ends use the folded
/// column, so they ignore case and accents as the admin search does.
/// </summary>
internal sealed class ContentFilterTranslator(IQueryable<ContentFieldIndexRecord> fieldIndex)
{
    private static readonly ParameterExpression _record = Expression.Parameter(typeof(ContentItemRecord), "r");
    private static readonly ParameterExpression _row = Expression.Parameter(typeof(ContentFieldIndexRecord), "f");

    public Expression<Func<ContentItemRecord, bool>> ToPredicate(ContentFilter filter) =>
        Expression.Lambda<Func<ContentItemRecord, bool>>(Build(filter), _record);

    private Expression Build(ContentFilter filter) => filter switch
    {
        ContentFilter.And and => and.Filters.Count == 0 ? Expression.Constant(true) : and.Filters.Select(Build).Aggregate(Expression.AndAlso),
        ContentFilter.Or or => or.Filters.Count == 0 ? Expression.Constant(false) : or.Filters.Select(Build).Aggregate(Expression.OrElse),
        ContentFilter.Not not => Expression.Not(Build(not.Filter)),
        ContentFilter.Column column => Column(column),
        ContentFilter.Field field => Field(field),
        _ => throw new NotSupportedException($"Unknown content filter {filter.GetType().Name}."),
    };

    private static Expression Column(ContentFilter.Column filter)
    {
        var folded = filter.Name == ContentColumn.DisplayText
            && filter.Operator is FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith;
        var (member, type) = filter.Name switch
        {
            ContentColumn.ContentItemId => (nameof(ContentItemRecord.ContentItemId), typeof(string)),
            ContentColumn.ContentItemVersionId => (nameof(ContentItemRecord.ContentItemVersionId), typeof(string)),
            ContentColumn.ContentType => (nameof(ContentItemRecord.ContentType), typeof(string)),
            ContentColumn.DisplayText => (folded ? nameof(ContentItemRecord.DisplayTextNormalized) : nameof(ContentItemRecord.DisplayText), typeof(string)),
            ContentColumn.Published => (nameof(ContentItemRecord.Published), typeof(bool)),
            ContentColumn.Latest => (nameof(ContentItemRecord.Latest), typeof(bool)),
            ContentColumn.Owner => (nameof(ContentItemRecord.Owner), typeof(string)),
            ContentColumn.Author => (nameof(ContentItemRecord.Author), typeof(string)),
            ContentColumn.CreatedUtc => (nameof(ContentItemRecord.CreatedUtc), typeof(DateTime)),
            ContentColumn.ModifiedUtc => (nameof(ContentItemRecord.ModifiedUtc), typeof(DateTime)),
            ContentColumn.PublishedUtc => (nameof(ContentItemRecord.PublishedUtc), typeof(DateTime)),
            ContentColumn.Path => (nameof(ContentItemRecord.Path), typeof(string)),
            ContentColumn.Culture => (nameof(ContentItemRecord.Culture), typeof(string)),
            ContentColumn.LocalizationSet => (nameof(ContentItemRecord.LocalizationSet), typeof(string)),
            _ => throw new NotSupportedException($"Unknown content column {filter.Name}."),
        };
        var value = folded ? TextNormalizer.Fold(filter.Value as string) : filter.Value;
        return Compare(Expression.Property(_record, member), type, filter.Operator, value, $"column {filter.Name}");
    }

    private Expression Field(ContentFilter.Field filter)
    {
        var (member, type) = filter.Kind switch
        {
            FieldValueKind.Text => (nameof(ContentFieldIndexRecord.TextValue), typeof(string)),
            FieldValueKind.Numeric => (nameof(ContentFieldIndexRecord.NumericValue), typeof(decimal)),
            FieldValueKind.Boolean => (nameof(ContentFieldIndexRecord.BooleanValue), typeof(bool)),
            FieldValueKind.Date => (nameof(ContentFieldIndexRecord.DateValue), typeof(DateTime)),
            _ => throw new NotSupportedException($"Unknown field value kind {filter.Kind}."),
        };

        Expression match = Expression.AndAlso(
            Expression.AndAlso(
                Expression.Equal(Expression.Property(_row, nameof(ContentFieldIndexRecord.ContentItemVersionId)),
                    Expression.Property(_record, nameof(ContentItemRecord.ContentItemVersionId))),
                Expression.Equal(Expression.Property(_row, nameof(ContentFieldIndexRecord.Part)), Parameter(filter.Part, typeof(string)))),
            Expression.Equal(Expression.Property(_row, nameof(ContentFieldIndexRecord.Field)), Parameter(filter.Name, typeof(string))));
        if (filter.Operator != FilterOperator.HasValue)
        {
            match = Expression.AndAlso(match, Compare(Expression.Property(_row, member), type, filter.Operator, filter.Value,
                $"field {filter.Part}.{filter.Name}"));
        }

        var any = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(ContentFieldIndexRecord)],
            fieldIndex.Expression, Expression.Quote(Expression.Lambda<Func<ContentFieldIndexRecord, bool>>(match, _row)));
        return any;
    }

    /// <summary>
    /// <paramref name="column"/> (nullable for value types) compared with a value of <paramref name="type"/>.
    /// A null column never matches, so a negation (Not) also matches items without a value.
    /// </summary>
    private static Expression Compare(Expression column, Type type, FilterOperator op, object? value, string what)
    {
        var nullable = column.Type;
        Expression notNull = nullable.IsValueType && Nullable.GetUnderlyingType(nullable) is null
            ? Expression.Constant(true)
            : Expression.NotEqual(column, Expression.Constant(null, nullable));
        switch (op)
        {
            case FilterOperator.Equal:
                return Expression.AndAlso(notNull, Expression.Equal(column, Parameter(Convert(value, type, what), nullable)));
            case FilterOperator.In:
                var values = (value as IEnumerable<object?> ?? throw Invalid(what, op, value))
                    .Select(v => Convert(v, type, what)).ToList();
                var list = typeof(List<>).MakeGenericType(nullable);
                var typed = Activator.CreateInstance(list)!;
                foreach (var v in values)
                {
                    list.GetMethod(nameof(List<object>.Add))!.Invoke(typed, [v]);
                }

                return Expression.AndAlso(notNull, Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [nullable],
                    Parameter(typed, list), column));
            case FilterOperator.GreaterThan:
                return Expression.AndAlso(notNull, Expression.GreaterThan(column, Parameter(Convert(value, type, what), nullable)));
            case FilterOperator.GreaterThanOrEqual:
                return Expression.AndAlso(notNull, Expression.GreaterThanOrEqual(column, Parameter(Convert(value, type, what), nullable)));
            case FilterOperator.LessThan:
                return Expression.AndAlso(notNull, Expression.LessThan(column, Parameter(Convert(value, type, what), nullable)));
            case FilterOperator.LessThanOrEqual:
                return Expression.AndAlso(notNull, Expression.LessThanOrEqual(column, Parameter(Convert(value, type, what), nullable)));
            case FilterOperator.Contains when type == typeof(string):
                return Expression.AndAlso(notNull, Expression.Call(column, nameof(string.Contains), null,
                    Parameter(Convert(value, type, what), typeof(string))));
            case FilterOperator.StartsWith or FilterOperator.EndsWith when type == typeof(string):
                var text = (string)Convert(value, type, what)!;
                var length = Expression.Property(column, nameof(string.Length));
                var start = op == FilterOperator.StartsWith
                    ? (Expression)Expression.Constant(0)
                    : Expression.Subtract(length, Expression.Constant(text.Length));
                var substring = Expression.Call(column, nameof(string.Substring), null, start, Expression.Constant(text.Length));
                return Expression.AndAlso(notNull, Expression.AndAlso(
                    Expression.GreaterThanOrEqual(length, Expression.Constant(text.Length)),
                    Expression.Equal(substring, Parameter(text, typeof(string)))));
            default:
                throw Invalid(what, op, value);
        }
    }

    private static object? Convert(object? value, Type type, string what) => value switch
    {
        null => throw Invalid(what, FilterOperator.Equal, value),
        _ when type.IsInstanceOfType(value) => value,
        int or long or double or float when type == typeof(decimal) => System.Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"The filter on {what} expects a {type.Name} value, not '{value}'."),
    };

    // A closure-like holder makes EF send the value as a SQL parameter instead of inlining it.
    private static MemberExpression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(ValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private static ArgumentException Invalid(string what, FilterOperator op, object? value) =>
        new($"The filter on {what} cannot use {op} with '{value}'.");

    private sealed class ValueHolder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
