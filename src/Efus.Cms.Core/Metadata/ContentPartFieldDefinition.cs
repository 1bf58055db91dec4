using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Metadata;

/// <summary>A field of a part: <see cref="FieldName"/> is its kind (TextField…), <see cref="Name"/> its key.</summary>
public sealed record ContentPartFieldDefinition(string Name, string FieldName, JsonObject Settings)
{
    public string DisplayName => Settings.Setting("ContentPartFieldSettings", "DisplayName")?.ToString() ?? Name;

    public string Position => Settings.Setting("ContentPartFieldSettings", "Position")?.ToString() ?? "";

    /// <summary>Reads a setting of the field's own settings object, e.g. ("NumericFieldSettings", "Minimum").</summary>
    public JsonNode? Setting(string group, string key) => Settings.Setting(group, key);
}
