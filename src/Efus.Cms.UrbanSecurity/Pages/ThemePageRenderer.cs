using System.Globalization;
using Efus.Cms.Theming.Localization;
using Efus.Cms.Theming.Rendering;
using Efus.Cms.Theming.ViewModels;
using Efus.Cms.UrbanSecurity.Assets;
using Efus.Cms.UrbanSecurity.Caching;
using Efus.Cms.UrbanSecurity.Site;
using Efus.Cms.UrbanSecurity.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary>
/// Puts a page together: the layout's <see cref="SiteView"/> (navigation, language switch, assets),
/// the page's template inside <c>Layout.liquid</c>, and the output-cache tags of what it showed.
/// </summary>
public sealed class ThemePageRenderer(
    LiquidRenderer liquid,
    SiteContext site,
    ThemeAssets assets,
    StringCatalog strings,
    ContentDependencies dependencies,
    ItemViewBuilder views,
    IHttpContextAccessor accessor)
{
    public static IReadOnlyList<(string Culture, string Label)> LanguageLabels { get; } = [("fr", "Français"), ("en", "English")];

    public Task<CultureInfo> CultureAsync(CancellationToken cancellationToken) => site.CultureAsync(cancellationToken);

    public Task<SiteSettings> SettingsAsync(CancellationToken cancellationToken) => site.SettingsAsync(cancellationToken);

    public string T(string text, CultureInfo culture, params object?[] arguments) => strings.Format(text, culture, arguments);

    public bool TemplateExists(string name) => liquid.Exists(name);

    /// <summary>The first template of <paramref name="candidates"/> the theme or a module provides.</summary>
    public string Resolve(params string[] candidates) =>
        liquid.Resolve(candidates) ?? throw new TemplateException($"None of the templates {string.Join(", ", candidates)} exists.");

    public Task<string> RenderPartialAsync(string template, IReadOnlyDictionary<string, object?> values, CultureInfo culture) =>
        liquid.RenderAsync(template, values, culture);

    public Task<IReadOnlyList<ItemView>> ViewsAsync(IReadOnlyList<Core.Content.ContentItem> items, CultureInfo culture, CancellationToken cancellationToken) =>
        views.BuildAsync(items, culture, cancellationToken);

    /// <summary>Each item's summary card, by its type's <c>Content-{Type}.Summary</c> template (or <c>Content.Summary</c>).</summary>
    public async Task<IReadOnlyList<string>> CardsAsync(IReadOnlyList<Core.Content.ContentItem> items, CultureInfo culture, CancellationToken cancellationToken)
    {
        var itemViews = await views.BuildAsync(items, culture, cancellationToken);
        var cards = new List<string>(itemViews.Count);
        foreach (var item in itemViews)
        {
            var template = Resolve($"Content-{item.Type}.Summary", "Content.Summary");
            cards.Add(await liquid.RenderAsync(template, new Dictionary<string, object?> { ["item"] = item }, culture));
        }

        return cards;
    }

    /// <summary>Renders <paramref name="template"/> in the layout and tags the response with what it showed.</summary>
    public async Task<HtmlPageResult> PageAsync(
        string template,
        Dictionary<string, object?> values,
        PageMeta meta,
        IEnumerable<string> tags,
        CancellationToken cancellationToken,
        int statusCode = StatusCodes.Status200OK,
        IReadOnlyList<LanguageLink>? translations = null)
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("Pages are rendered within a request.");
        var culture = await site.CultureAsync(cancellationToken);
        var settings = await site.SettingsAsync(cancellationToken);
        values["site"] = BuildSite(context.Request, settings, culture, meta.Section, translations);
        values["page"] = meta;
        var html = await liquid.RenderWithLayoutAsync(template, values, culture);
        Tag(context, tags);
        return new HtmlPageResult(html, statusCode);
    }

    /// <summary>Adds output-cache tags: the given ones and every item the page's views were built from.</summary>
    public void Tag(HttpContext context, IEnumerable<string> tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context.Tags is not { } cacheTags)
        {
            return;
        }

        cacheTags.UnionWith(tags);
        cacheTags.UnionWith(dependencies.Ids.Select(CacheTags.Item));
    }

    public PageMeta Meta(HttpRequest request, CultureInfo culture, string title, string? description, string path, string? section, SiteSettings settings) => new()
    {
        Title = title,
        Description = description,
        CanonicalUrl = SiteUrls.Absolute(request, path),
        OgLocale = culture.Name.Replace('-', '_'),
        OgLocaleAlternates = [.. settings.SupportedCultures.Where(c => c != culture.Name).Select(c => c.Replace('-', '_'))],
        Section = section,
        // Pages that are the same URL in every language say so with one alternate per language.
        Alternates = [.. settings.SupportedCultures.Select(c => new AlternateLink(c.Split('-')[0], SiteUrls.Absolute(request, path) + "?culture=" + c.Split('-')[0]))
            .Append(new AlternateLink("x-default", SiteUrls.Absolute(request, path)))],
    };

    private SiteView BuildSite(HttpRequest request, SiteSettings settings, CultureInfo culture, string? section, IReadOnlyList<LanguageLink>? translations)
    {
        var lang = culture.TwoLetterISOLanguageName;
        List<NavLink> navigation = [new(T("Accueil", culture), "/", section == "/")];
        navigation.AddRange(PublicTypes.All.Select(t => new NavLink(T(t.Title, culture), t.Url, section == t.Url)));
        navigation.Add(new(T("Recherche", culture), "/search", section == "/search"));
        var languages = LanguageLabels
            .Where(l => settings.SupportedCultures.Any(c => c.StartsWith(l.Culture, StringComparison.OrdinalIgnoreCase)))
            .Select(l => new LanguageLink(l.Culture, l.Label,
                translations?.FirstOrDefault(t => t.Lang == l.Culture)?.Url ?? SiteUrls.WithQuery(request, "culture", l.Culture), l.Culture == lang))
            .ToList();
        return new SiteView
        {
            Name = settings.SiteName,
            Lang = lang,
            Navigation = navigation,
            Languages = languages,
            StylesheetUrl = assets.Url("site.css"),
            PrintStylesheetUrl = assets.Url("print.css"),
            IconUrl = assets.Url("favicon.svg"),
            Query = request.Query["q"].ToString() is { Length: > 0 } q ? q : null,
            Year = DateTime.UtcNow.Year,
        };
    }
}
