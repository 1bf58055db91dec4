using System.Text.Json.Nodes;

namespace Efus.Cms.Core.Metadata;

/// <summary>Typed view of the <c>ContentTypeSettings</c> group of a type's settings.</summary>
public sealed record ContentTypeSettings(bool Creatable, bool Listable, bool Draftable, bool Versionable, bool Securable, string? Stereotype)
{
    public static ContentTypeSettings From(JsonObject settings)
    {
        bool Flag(string key) => settings.Setting(nameof(ContentTypeSettings), key).AsBool() ?? settings[key].AsBool() ?? false;
        return new(Flag(nameof(Creatable)), Flag(nameof(Listable)), Flag(nameof(Draftable)), Flag(nameof(Versionable)),
            Flag(nameof(Securable)), settings.Setting(nameof(ContentTypeSettings), nameof(Stereotype)).AsString());
    }
}
