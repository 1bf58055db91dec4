using Efus.Cms.Core.Storage;
using Efus.Cms.GraphQL.Filtering;
using GraphQL;
using GraphQL.Types;

namespace Efus.Cms.GraphQL.Schema;

internal static class WhereInputs
{
    /// <summary>Adds <c>name</c>, <c>name_not</c>, <c>name_in</c>… to <paramref name="input"/>, each bound to its operator.</summary>
    public static void AddOperators(IInputObjectGraphType input, string name, OperatorSet operators, IGraphType scalar, IGraphType list,
        Func<FilterOperator, bool, FilterBinding> bind)
    {
        foreach (var (suffix, op, negate) in operators.Operators)
        {
            if (input.HasField(name + suffix))
            {
                continue;
            }

            input.AddField(new FieldType { Name = name + suffix, ResolvedType = op == FilterOperator.In ? list : scalar }
                .WithMetadata(FilterBinding.MetadataKey, bind(op, negate)));
        }
    }

    public static void AddNested(IInputObjectGraphType input, string name, IInputObjectGraphType nested, FilterBinding binding)
    {
        if (!input.HasField(name))
        {
            input.AddField(new FieldType { Name = name, ResolvedType = nested }.WithMetadata(FilterBinding.MetadataKey, binding));
        }
    }
}
