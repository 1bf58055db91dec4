namespace Efus.Cms.GraphQL.Schema;

/// <summary>Orchard's naming: type names stay PascalCase, fields are camel-cased and parts lose their "Part" suffix.</summary>
public static class GraphQLNames
{
    /// <summary><c>PracticeSheet</c> → <c>practiceSheet</c>, <c>HTMLBody</c> → <c>htmlBody</c>.</summary>
    public static string CamelCase(string name)
    {
        if (string.IsNullOrEmpty(name) || char.IsLower(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            // Lower an acronym up to the start of the next word: "HTMLBody" → "htmlBody".
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>The field name of a part: <c>HtmlBodyPart</c> → <c>htmlBody</c>, <c>Sessions</c> → <c>sessions</c>.</summary>
    public static string PartFieldName(string partName) =>
        CamelCase(partName.EndsWith("Part", StringComparison.Ordinal) && partName.Length > 4 ? partName[..^4] : partName);
}
