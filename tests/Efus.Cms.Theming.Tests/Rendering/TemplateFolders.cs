using Efus.Cms.Theming.Localization;
using Efus.Cms.Theming.Rendering;
using Microsoft.Extensions.FileProviders;

namespace Efus.Cms.Theming.Tests.Rendering;

/// <summary>A module template folder and a themes folder in a temporary directory, deleted on dispose.</summary>
public sealed class TemplateFolders : IDisposable
{
    private readonly PhysicalFileProvider _module;

    public TemplateFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "efus-theming-tests", Guid.NewGuid().ToString("n"));
        ModuleFolder = Directory.CreateDirectory(Path.Combine(Root, "module")).FullName;
        ThemeFolder = Directory.CreateDirectory(Path.Combine(Root, "Themes", "TestTheme")).FullName;
        _module = new PhysicalFileProvider(ModuleFolder);
    }

    public string Root { get; }

    public string ModuleFolder { get; }

    public string ThemeFolder { get; }

    public TemplateFolders Module(string name, string source)
    {
        File.WriteAllText(Path.Combine(ModuleFolder, name + LiquidRenderer.Extension), source);
        return this;
    }

    public TemplateFolders Theme(string name, string source)
    {
        File.WriteAllText(Path.Combine(ThemeFolder, name + LiquidRenderer.Extension), source);
        return this;
    }

    public LiquidRenderer Renderer(Action<ThemingOptions>? configure = null)
    {
        var options = new ThemingOptions { ThemesFolder = Path.Combine(Root, "Themes"), ThemeName = "TestTheme" };
        options.ModuleTemplates.Add(_module);
        options.ViewModelTypes.Add(typeof(Theming.ViewModels.ItemView));
        options.ViewModelTypes.Add(typeof(Theming.ViewModels.FieldView));
        configure?.Invoke(options);
        return new LiquidRenderer(options, new TemplateFiles(options), StringCatalog.Empty);
    }

    public void Dispose()
    {
        _module.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}
