using System.Globalization;
using Efus.Cms.Theming.Localization;
using Efus.Cms.Theming.Rendering;
using Efus.Cms.Theming.Tests.Rendering;
using Microsoft.Extensions.FileProviders;

namespace Efus.Cms.Theming.Tests.Localization;

public sealed class StringCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "efus-strings-tests", Guid.NewGuid().ToString("n"))).FullName;

    [Fact]
    public void Translate_KnownText_GivesTheLanguagesText()
    {
        var catalog = Catalog("""{ "Accueil": "Home" }""");

        Assert.Equal("Home", catalog.Translate("Accueil", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("Home", catalog.Translate("Accueil", CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("Accueil", catalog.Translate("Accueil", CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void Translate_MissingText_FallsBackToFrench()
    {
        var catalog = Catalog("""{ "Accueil": "Home" }""");

        Assert.Equal("Sommaire", catalog.Translate("Sommaire", CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void Format_Placeholders_AreFilledAfterTranslation()
    {
        var catalog = Catalog("""{ "{0} résultats pour « {1} »": "{0} results for “{1}”" }""");

        Assert.Equal("3 results for “vidéo”", catalog.Format("{0} résultats pour « {1} »", CultureInfo.GetCultureInfo("en-US"), 3, "vidéo"));
    }

    [Fact]
    public async Task TranslateFilter_InATemplate_UsesTheRenderCulture()
    {
        File.WriteAllText(Path.Combine(_folder, "en.json"), """{ "Bonjour {0}": "Hello {0}" }""");
        using var folders = new TemplateFolders().Module("Page", "{{ 'Bonjour {0}' | t: name }}");
        using var strings = new PhysicalFileProvider(_folder);
        var options = new ThemingOptions { ThemesFolder = Path.Combine(folders.Root, "Themes") };
        options.ModuleTemplates.Add(new PhysicalFileProvider(folders.ModuleFolder));
        using var renderer = new LiquidRenderer(options, new TemplateFiles(options), new StringCatalog([strings]));
        var values = new Dictionary<string, object?> { ["name"] = "<Efus>" };

        Assert.Equal("Hello &lt;Efus&gt;", await renderer.RenderAsync("Page", values, CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("Bonjour &lt;Efus&gt;", await renderer.RenderAsync("Page", values, CultureInfo.GetCultureInfo("fr-FR")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private StringCatalog Catalog(string english)
    {
        File.WriteAllText(Path.Combine(_folder, "en.json"), english);
        using var provider = new PhysicalFileProvider(_folder);
        return new StringCatalog([provider]);
    }
}
