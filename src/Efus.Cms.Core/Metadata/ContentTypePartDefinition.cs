using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Metadata;

/// <summary>
/// A part attached to a type. <see cref="PartName"/> is the part definition (e.g. BagPart);
/// <see cref="Name"/> is the key of the part inside the item (e.g. Sessions).
/// </summary>
public sealed record ContentTypePartDefinition(string Name, string PartName, JsonObject Settings)
{
    public string Position => Settings.Setting("ContentTypePartSettings", "Position")?.ToString() ?? "";

    public string? DisplayName => Settings.Setting("ContentTypePartSettings", "DisplayName")?.ToString();
}
