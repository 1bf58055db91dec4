using Microsoft.Extensions.FileProviders;

namespace Efus.Cms.Theming;

/// <summary>Where templates come from, which types templates may read, and the limits of one render.</summary>
public sealed class ThemingOptions
{
    /// <summary>The folder holding one sub-folder per theme (<c>{data folder}/Themes</c>); templates there override the modules'.</summary>
    public string? ThemesFolder { get; set; }

    /// <summary>The active theme: its sub-folder of <see cref="ThemesFolder"/> is searched first.</summary>
    public string ThemeName { get; set; } = "Efus.Cms.UrbanSecurity";

    /// <summary>Templates shipped by modules, searched in order after the theme folder.</summary>
    public IList<IFileProvider> ModuleTemplates { get; } = [];

    /// <summary>String tables shipped by modules: culture name ("en") → JSON file of French text → translation.</summary>
    public IList<IFileProvider> ModuleStrings { get; } = [];

    /// <summary>The only CLR types whose public properties templates may read (dictionaries and lists are always readable).</summary>
    public ISet<Type> ViewModelTypes { get; } = new HashSet<Type>();

    /// <summary>Statements one render may execute: a runaway loop stops instead of holding a thread.</summary>
    public int MaxSteps { get; set; } = 500_000;

    /// <summary>Depth of nested <c>render</c>/<c>include</c>.</summary>
    public int MaxRecursion { get; set; } = 20;
}
