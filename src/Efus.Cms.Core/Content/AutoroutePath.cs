using System.Text.RegularExpressions;
using Efus.Cms.Core.Metadata;

namespace Efus.Cms.Core.Content;

/// <summary>The AutoroutePart path of an item: reading, normalising, validating and generating it from the type's pattern.</summary>
public static partial class AutoroutePath
{
    public static string? Of(ContentItem item) => item.Part(WellKnownParts.Autoroute)?["Path"].AsString();

    public static string Normalize(string path) => path.Trim().Trim('/');

    public static bool IsValid(string path) =>
        path.Length <= 1024 && !path.Contains("..", StringComparison.Ordinal) && ValidPath().IsMatch(path);

    /// <summary>
    /// Orchard patterns are Liquid; the ones Efus uses are a literal prefix plus
    /// <c>{{ Model.ContentItem | display_text | slugify }}</c>, which is what this evaluates.
    /// </summary>
    public static string Generate(string? pattern, ContentItem item)
    {
        var slug = Slug.From(item.DisplayText);
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return slug;
        }

        return Normalize(LiquidExpression().Replace(pattern, slug));
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_\-.~@]+(/[\p{L}\p{N}_\-.~@]+)*$")]
    private static partial Regex ValidPath();

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex LiquidExpression();
}
