using System.Security.Cryptography;
using System.Text;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Admin.Types;

/// <summary>
/// A short fingerprint of what a type's pages show: the type (settings, parts) and every part definition
/// it uses. A form carries the stamp it was drawn from; a different stamp at save time means someone else
/// changed the type meanwhile, and the save is refused instead of silently undoing their change.
/// Other types' changes leave the stamp alone, so two people editing two types never collide.
/// </summary>
public static class DefinitionStamp
{
    public static string Of(ContentDefinitions definitions, ContentTypeDefinition type)
    {
        var text = new StringBuilder(ContentDefinitionJson.TypeToJson(type).ToJsonString());
        foreach (var partName in type.Parts.Select(p => p.PartName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append('\n').Append(partName).Append('=');
            text.Append(definitions.Part(partName) is { } part ? ContentDefinitionJson.PartToJson(part).ToJsonString() : "-");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
