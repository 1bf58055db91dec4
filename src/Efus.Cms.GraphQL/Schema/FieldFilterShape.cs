using Efus.Cms.Core.Storage;
using GraphQL.Types;

namespace Efus.Cms.GraphQL.Schema;

/// <summary>
/// The filter a field kind offers: operators over a scalar of the field index (<see cref="Kind"/> with
/// <see cref="Operators"/> on <see cref="Scalar"/>), or a nested input over references (<see cref="ReferenceInput"/>).
/// </summary>
internal sealed record FieldFilterShape(FieldValueKind Kind, OperatorSet Operators, ScalarGraphType Scalar, IInputObjectGraphType? ReferenceInput = null);
