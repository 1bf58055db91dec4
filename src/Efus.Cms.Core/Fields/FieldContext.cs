using System.Text.Json.Nodes;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Core.Fields;

/// <summary>One field of one item as a visitor sees it: where it is defined and its JSON value (null when absent).</summary>
public sealed record FieldContext(
    ContentTypeDefinition Type,
    ContentTypePartDefinition Part,
    ContentPartFieldDefinition Field,
    JsonNode? Value)
{
    /// <summary>The field's address in messages and documents: <c>Part.Field</c>.</summary>
    public string Path => $"{Part.Name}.{Field.Name}";
}
