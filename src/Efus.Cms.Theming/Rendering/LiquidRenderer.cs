using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Efus.Cms.Theming.Localization;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Primitives;

namespace Efus.Cms.Theming.Rendering;

/// <summary>
/// Parses each template once (until the theme folder changes) and renders it with safe options:
/// only registered view-model types are readable, every output is HTML-encoded (accents kept), and a
/// render is bounded in steps and recursion.
/// </summary>
public sealed class LiquidRenderer : IDisposable
{
    public const string Extension = ".liquid";

    /// <summary>Encodes <c>&lt;&gt;&amp;"'</c> but leaves accented letters readable.</summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    private const string CultureKey = "efus.culture";

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options;
    private readonly TemplateFiles _files;
    private readonly StringCatalog _strings;
    private readonly ConcurrentDictionary<string, Lazy<IFluidTemplate?>> _templates = new(StringComparer.Ordinal);
    private readonly IDisposable _watch;

    public LiquidRenderer(ThemingOptions options, TemplateFiles files, StringCatalog strings)
    {
        _files = files;
        _strings = strings;
        _options = CreateOptions(options, files, strings);
        _watch = ChangeToken.OnChange(files.Watch, () =>
        {
            files.Forget();
            _templates.Clear();
        });
    }

    public TemplateOptions Options => _options;

    public bool Exists(string name) => Get(name) is not null;

    /// <summary>The first of <paramref name="candidates"/> that a theme or module provides.</summary>
    public string? Resolve(IEnumerable<string> candidates) => candidates.FirstOrDefault(Exists);

    public async Task<string> RenderAsync(string name, IReadOnlyDictionary<string, object?> values, CultureInfo culture)
    {
        var template = Get(name) ?? throw new TemplateException($"Template '{name}{Extension}' was not found in the theme or in any module.");
        var context = new TemplateContext(_options) { CultureInfo = culture };
        context.AmbientValues[CultureKey] = culture;
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }

        try
        {
            return await template.RenderAsync(context, Encoder);
        }
        catch (InvalidOperationException exception)
        {
            // Fluid reports both MaxSteps and MaxRecursion this way.
            throw new TemplateException($"Template '{name}{Extension}' exceeded its limits ({_options.MaxSteps} steps, {_options.MaxRecursion} nested renders): {exception.Message}", exception);
        }
    }

    /// <summary>Renders <paramref name="name"/>, then <paramref name="layout"/> around it (the layout prints <c>{{ content | raw }}</c>).</summary>
    public async Task<string> RenderWithLayoutAsync(string name, IReadOnlyDictionary<string, object?> values, CultureInfo culture, string layout = "Layout")
    {
        var content = await RenderAsync(name, values, culture);
        var withContent = new Dictionary<string, object?>(values, StringComparer.Ordinal) { ["content"] = content };
        return await RenderAsync(layout, withContent, culture);
    }

    public void Dispose() => _watch.Dispose();

    private IFluidTemplate? Get(string name) =>
        _templates.GetOrAdd(name, n => new Lazy<IFluidTemplate?>(() => Parse(n))).Value;

    private IFluidTemplate? Parse(string name)
    {
        var file = _files.Find(name + Extension);
        if (!file.Exists)
        {
            return null;
        }

        using var reader = new StreamReader(file.CreateReadStream());
        var source = reader.ReadToEnd();
        return _parser.TryParse(source, out var template, out var error)
            ? template
            : throw new TemplateException($"Template '{name}{Extension}' does not parse: {error}");
    }

    private static TemplateOptions CreateOptions(ThemingOptions settings, TemplateFiles files, StringCatalog strings)
    {
        var options = new TemplateOptions
        {
            FileProvider = files.Provider,
            MaxSteps = settings.MaxSteps,
            MaxRecursion = settings.MaxRecursion,
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        foreach (var type in settings.ViewModelTypes)
        {
            options.MemberAccessStrategy.Register(type);
        }

        // {{ "Texte en français" | t }} or {{ "Page {0} sur {1}" | t: page, pages }}
        options.Filters.AddFilter("t", (input, arguments, context) =>
        {
            var culture = context.AmbientValues.TryGetValue(CultureKey, out var value) && value is CultureInfo c ? c : CultureInfo.InvariantCulture;
            var args = Enumerable.Range(0, arguments.Count).Select(i => (object?)arguments.At(i).ToStringValue()).ToArray();
            return new StringValue(strings.Format(input.ToStringValue(), culture, args));
        });
        return options;
    }
}
