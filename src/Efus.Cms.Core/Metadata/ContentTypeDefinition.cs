using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Metadata;

/// <summary>A content type: its settings and the parts it is made of, in position order.</summary>
public sealed record ContentTypeDefinition(
    string Name,
    string DisplayName,
    JsonObject Settings,
    ImmutableArray<ContentTypePartDefinition> Parts)
{
    public ContentTypeSettings TypeSettings => ContentTypeSettings.From(Settings);

    public bool HasPart(string partName) => Parts.Any(p => p.PartName == partName);

    public ContentTypePartDefinition? Part(string name) => Parts.FirstOrDefault(p => p.Name == name);
}
