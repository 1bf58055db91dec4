using System.Text.RegularExpressions;
using Efus.Cms.Admin.Editors;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Admin.Types;

/// <summary>
/// Which technical names a new type or field may take: a C# identifier (Orchard's rule, and what
/// GraphQL accepts), not already taken, and not a name the item JSON, the parts or the GraphQL schema
/// already use.
/// </summary>
public static partial class DefinitionNames
{
    public const int MaxLength = 64;

    private static readonly HashSet<string> _reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        // Content item properties (Orchard's JSON) and GraphQL's own fields and root types.
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "ModifiedUtc",
        "PublishedUtc", "CreatedUtc", "Owner", "Author", "Parts", "Revision", "ContentItem", "ContentItems", "Query",
        "Mutation", "Subscription", "Schema", "Typename", "Id", "Render", "Culture", "Terms", "Content",
        // Parts that attach to types, and their fields' kinds.
        "TitlePart", "AutoroutePart", "LocalizationPart", "HtmlBodyPart", "MarkdownBodyPart", "BagPart", "TaxonomyPart",
        "TermPart", "ListPart", "ContainedPart", "FlowPart", "WidgetsListPart", "CommonPart",
        // C# keywords that are identifiers' look-alikes.
        "abstract", "base", "bool", "break", "case", "catch", "class", "const", "default", "delegate", "do", "else",
        "enum", "event", "false", "for", "foreach", "if", "in", "int", "interface", "internal", "is", "namespace",
        "new", "null", "object", "operator", "out", "override", "private", "protected", "public", "return", "static",
        "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "using", "virtual", "void", "while",
    };

    /// <summary>Null when <paramref name="name"/> may be a new type's name.</summary>
    public static EditorMessage? CheckType(string? name, ContentDefinitions definitions)
    {
        if (Shape(name) is { } problem)
        {
            return problem;
        }

        return definitions.Types.Keys.Concat(definitions.Parts.Keys).Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            ? new("Un type ou une partie s’appelle déjà « {0} ».", name!)
            : null;
    }

    /// <summary>Null when <paramref name="name"/> may be a new field's name in <paramref name="part"/>.</summary>
    public static EditorMessage? CheckField(string? name, ContentPartDefinition? part, ContentTypeDefinition type)
    {
        if (Shape(name) is { } problem)
        {
            return problem;
        }

        if (part?.Fields.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) == true)
        {
            return new("Ce type a déjà un champ « {0} ».", name!);
        }

        return string.Equals(name, type.Name, StringComparison.OrdinalIgnoreCase) || type.Parts.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ? new("« {0} » est déjà le nom d’une partie de ce type.", name!)
            : null;
    }

    private static EditorMessage? Shape(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new("Donnez un nom technique.");
        }

        if (name.Length > MaxLength || !Identifier().IsMatch(name))
        {
            return new("Le nom technique commence par une lettre et ne contient que des lettres sans accent, des chiffres et _ (64 caractères au plus), par exemple « Partenaires ».");
        }

        return _reserved.Contains(name) ? new("« {0} » est un nom réservé : choisissez-en un autre.", name) : null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
