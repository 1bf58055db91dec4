using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Efus.Cms.Theming.Rendering;

/// <summary>
/// The template resolver: the active theme's folder under the data folder first, then each module's
/// templates in registration order. The first provider that has a file wins.
/// </summary>
public sealed class TemplateFiles : IDisposable
{
    private readonly PhysicalFileProvider? _theme;
    private readonly RememberedFileProvider _remembered;

    public TemplateFiles(ThemingOptions options)
    {
        List<IFileProvider> providers = [];
        if (!string.IsNullOrEmpty(options.ThemesFolder))
        {
            // Created empty when missing, so that overrides added later are watched like the others.
            var folder = Directory.CreateDirectory(Path.GetFullPath(Path.Combine(options.ThemesFolder, options.ThemeName))).FullName;
            _theme = new PhysicalFileProvider(folder);
            providers.Add(_theme);
            ThemeFolder = folder;
        }

        providers.AddRange(options.ModuleTemplates);
        _remembered = new RememberedFileProvider(new CompositeFileProvider(providers));
    }

    /// <summary>The override folder of the active theme (it may not exist).</summary>
    public string? ThemeFolder { get; }

    /// <summary>The files as first found; <see cref="Forget"/> when <see cref="Watch"/> fires.</summary>
    public IFileProvider Provider => _remembered;

    public IFileInfo Find(string name) => Provider.GetFileInfo(name);

    /// <summary>Looks every file up again (call it before clearing what was parsed from them).</summary>
    public void Forget() => _remembered.Forget();

    /// <summary>Fires when a file of the theme folder changes (module templates are compiled in).</summary>
    public IChangeToken Watch() => _theme?.Watch("**/*") ?? NullChangeToken.Singleton;

    public void Dispose() => _theme?.Dispose();
}
