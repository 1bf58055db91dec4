using System.Text.RegularExpressions;
using Efus.Cms.Admin.Localization;

namespace Efus.Cms.Admin.Tests.Localization;

public sealed partial class EnglishCatalogTests
{
    [Fact]
    public void EveryFrenchStringOfTheAdmin_HasAnEnglishTranslation()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Efus.Cms.Admin");
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
        {
            if (file.EndsWith("EnglishCatalog.cs", StringComparison.Ordinal) || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var source = File.ReadAllText(file);
            foreach (Match match in Localized().Matches(source))
            {
                var french = Regex.Unescape(match.Groups["text"].Value);
                if (!EnglishCatalog.Entries.ContainsKey(french))
                {
                    missing.Add($"{Path.GetFileName(file)}: {french}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Missing English:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Translations_KeepTheirPlaceholders()
    {
        foreach (var (french, english) in EnglishCatalog.Entries)
        {
            Assert.Equal(Placeholders().Matches(french).Select(m => m.Value).Order(), Placeholders().Matches(english).Select(m => m.Value).Order());
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Efus.Cms.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Efus.Cms.sln not found.");
    }

    // T["…"] and text["…"] in pages and code, EditorMessage's new("…") and the choices' hints.
    [GeneratedRegex("""(?:\bT\[|\btext\[|\bnew\(|Hint: )"(?<text>(?:[^"\\]|\\.)*)"(?=[\],)])""")]
    private static partial Regex Localized();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholders();
}
