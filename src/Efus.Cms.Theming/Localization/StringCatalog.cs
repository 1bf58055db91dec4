using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;

namespace Efus.Cms.Theming.Localization;

/// <summary>
/// Interface strings: templates are written in French and each French text is its own key; a module's
/// <c>{language}.json</c> gives the translation. A missing translation shows the French text.
/// </summary>
public sealed class StringCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _tables;

    public StringCatalog(IEnumerable<IFileProvider> sources)
    {
        var tables = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            foreach (var file in source.GetDirectoryContents("").Where(f => f.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = file.CreateReadStream();
                var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
                var language = Path.GetFileNameWithoutExtension(file.Name);
                if (!tables.TryGetValue(language, out var table))
                {
                    tables[language] = table = new(StringComparer.Ordinal);
                }

                foreach (var (key, value) in entries)
                {
                    table.TryAdd(key, value);
                }
            }
        }

        _tables = tables.ToFrozenDictionary(t => t.Key, t => t.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    public static StringCatalog Empty { get; } = new([]);

    /// <summary>The text in <paramref name="culture"/>'s language (its neutral culture: "en-US" reads "en"), else the French key.</summary>
    public string Translate(string text, CultureInfo culture) =>
        _tables.TryGetValue(culture.TwoLetterISOLanguageName, out var table) && table.TryGetValue(text, out var translated)
            ? translated
            : text;

    /// <summary>As <see cref="Translate(string, CultureInfo)"/>, then <c>{0}</c>, <c>{1}</c>… replaced by the arguments.</summary>
    public string Format(string text, CultureInfo culture, params object?[] arguments) =>
        arguments.Length == 0 ? Translate(text, culture) : string.Format(culture, Translate(text, culture), arguments);
}
