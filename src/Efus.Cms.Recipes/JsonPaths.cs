using System.Text.RegularExpressions;

namespace Efus.Cms.Recipes;

/// <summary>Builds the JSON paths used in messages: <c>$.steps[4].Data[3].PracticeSheet.Year</c>.</summary>
internal static partial class JsonPaths
{
    public static string Property(string path, string name) =>
        SimpleName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string path, int index) => $"{path}[{index}]";

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$\-]*$")]
    private static partial Regex SimpleName();
}
