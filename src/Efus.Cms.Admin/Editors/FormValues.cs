using Microsoft.AspNetCore.Http;

namespace Efus.Cms.Admin.Editors;

/// <summary>Reading posted values; line endings are normalised so a saved value does not change by being re-posted.</summary>
internal static class FormValues
{
    public static string Text(IFormCollection form, string name) => (form[name].FirstOrDefault() ?? "").ReplaceLineEndings("\n");

    public static IReadOnlyList<string> Many(IFormCollection form, string name) =>
        [.. form[name].OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];

    public static IReadOnlyList<string> Lines(IFormCollection form, string name) =>
        [.. Text(form, name).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
