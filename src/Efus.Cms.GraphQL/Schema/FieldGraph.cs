using System.Text.Json.Nodes;
using GraphQL.Types;

namespace Efus.Cms.GraphQL.Schema;

/// <summary>
/// How one field kind appears in GraphQL: its output type, how the resolver reads the field's JSON,
/// and which <c>where</c> operators it supports (null when it cannot be filtered).
/// </summary>
internal sealed record FieldGraph(IGraphType Type, Func<JsonNode?, object?> Read, FieldFilterShape? Filter);
