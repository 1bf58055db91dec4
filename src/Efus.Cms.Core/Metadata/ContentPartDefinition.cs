using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Metadata;

/// <summary>A part definition and its fields, in position order.</summary>
public sealed record ContentPartDefinition(
    string Name,
    JsonObject Settings,
    ImmutableArray<ContentPartFieldDefinition> Fields);
