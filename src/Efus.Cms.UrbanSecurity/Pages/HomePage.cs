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
        var sections = new List<HomeSection>();
        foreach (var type in PublicTypes.All)
        {
            var latest = await content.ListAsync(new ContentQuery
            {
                ContentTypes = [type.Name],
                Sorts = [new(ContentColumn.PublishedUtc, Descending: true), new(ContentColumn.DisplayText)],
                Take = LatestCount,
                IncludeTotal = false,
            }, culture, cancellationToken);
            if (latest.Items.Count > 0)
            {
                sections.Add(new(type.Name, renderer.T(type.Title, culture), type.Url, await renderer.CardsAsync(latest.Items, culture, cancellationToken)));
            }
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
