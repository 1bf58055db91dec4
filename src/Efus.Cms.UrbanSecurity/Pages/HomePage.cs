using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.Theming.ViewModels;
using Efus.Cms.UrbanSecurity.Caching;
using Efus.Cms.UrbanSecurity.Seo;
using Efus.Cms.UrbanSecurity.Site;
using Efus.Cms.UrbanSecurity.ViewModels;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary><c>/</c>: the introduction (the site's HomeRoute item) and the latest items of each type.</summary>
public static class HomePage
{
    public const int LatestCount = 3;

    public static async Task<IResult> HandleAsync(ThemePageRenderer renderer, PublicContent content, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = await renderer.SettingsAsync(cancellationToken);
        var culture = await renderer.CultureAsync(cancellationToken);
        var home = settings.HomeItemId is null ? null : await content.GetAsync(settings.HomeItemId, cancellationToken);
        if (home is not null && culture.Name != settings.DefaultCulture)
        {
            home = (await content.TranslationsOfAsync(home, cancellationToken)).FirstOrDefault(t => Culture(t) == culture.Name) ?? home;
        }

        var introduction = home is null ? null : await renderer.ViewsAsync([home], culture, cancellationToken);
        // The newest ids of each type are kept across requests; their items come in one query.
        var latest = (await content.LatestAsync([.. PublicTypes.All.Select(t => t.Name)], LatestCount, culture, cancellationToken))
            .Where(l => l.Items.Count > 0)
            .Select(l => (Type: PublicTypes.Find(l.Type)!, l.Items))
            .ToList();

        // Every section's cards at once: what they link to (themes, projects) is read in one query, not one per type.
        var cards = await renderer.CardsAsync([.. latest.SelectMany(l => l.Items)], culture, cancellationToken);
        var sections = new List<HomeSection>();
        var next = 0;
        foreach (var (type, items) in latest)
        {
            sections.Add(new(type.Name, renderer.T(type.Title, culture), type.Url, [.. cards.Skip(next).Take(items.Count)]));
            next += items.Count;
        }

        var description = PlainText.Truncate(PlainText.FromHtml(introduction?[0].BodyHtml), 160);
        var meta = renderer.Meta(http.Request, culture, settings.SiteName, description, "/", "/", settings) with
        {
            JsonLd = JsonLd.Serialize(JsonLd.WebSite(settings.SiteName, SiteUrls.Absolute(http.Request, "/"),
                SiteUrls.Absolute(http.Request, "/search") + "?q={search_term_string}", culture.TwoLetterISOLanguageName)),
        };
        var values = new Dictionary<string, object?> { ["introduction"] = introduction?[0], ["sections"] = sections };
        return await renderer.PageAsync(renderer.Resolve("Home"), values, meta, PublicTypes.All.Select(t => CacheTags.Type(t.Name)), cancellationToken);
    }

    private static string? Culture(ContentItem item) => item.Part(WellKnownParts.Localization)?["Culture"].AsString();
}
