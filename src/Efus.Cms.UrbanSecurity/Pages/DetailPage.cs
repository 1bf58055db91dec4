using Efus.Cms.Core.Metadata;
using System.Globalization;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.Theming.ViewModels;
using Efus.Cms.UrbanSecurity.Caching;
using Efus.Cms.UrbanSecurity.Seo;
using Efus.Cms.UrbanSecurity.Site;
using Efus.Cms.UrbanSecurity.ViewModels;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary>
/// An item at its Autoroute path, in its own language (each translation has its own URL, linked with
/// hreflang and from the language switch), with what is related to it both ways of each link.
/// </summary>
public static class DetailPage
{
    /// <summary>A practice sheet's five sections, in reading order, with their anchors.</summary>
    public static IReadOnlyList<(string Field, string Anchor)> PracticeSheetSections { get; } =
        [("Context", "contexte"), ("Objectives", "objectifs"), ("Activities", "activites"), ("Budget", "budget"), ("Evaluation", "evaluation")];

    public static async Task<IResult> HandleAsync(string path, ThemePageRenderer renderer, PublicContent content, HttpContext http, CancellationToken cancellationToken)
    {
        var item = await content.GetByPathAsync(path, cancellationToken);
        if (item is null || !PublicTypes.WithPages.Contains(item.ContentType))
        {
            return await NotFoundPage.HandleAsync(renderer, http, cancellationToken);
        }

        return await RenderAsync(item, path, renderer, content, http, cancellationToken);
    }

    /// <summary>The detail page of any version of an item: the published one at its path, or a draft for the admin's preview.</summary>
    public static async Task<HtmlPageResult> RenderAsync(ContentItem item, string path, ThemePageRenderer renderer, PublicContent content, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = await renderer.SettingsAsync(cancellationToken);
        var culture = await renderer.CultureAsync(cancellationToken);
        var view = (await renderer.ViewsAsync([item], culture, cancellationToken))[0];
        var (related, relatedTags) = await RelatedAsync(item, view, content, renderer, culture, cancellationToken);
        var translations = await content.TranslationLinksAsync(item, cancellationToken);
        var languages = Languages(view, translations);
        var url = view.Url ?? "/" + path;
        var detail = new DetailView
        {
            Item = view,
            Related = related,
            Toc = item.ContentType == PublicTypes.PracticeSheet
                ? [.. PracticeSheetSections.Where(s => view.Fields.GetValueOrDefault(s.Field)?.HasValue == true)
                    .Select(s => new TocEntry(s.Anchor, renderer.T(view.Fields[s.Field].Label, culture)))]
                : [],
            Translations = languages.Where(l => !l.Current).ToList(),
            Parent = PublicTypes.Find(item.ContentType) is { } parent ? new NavLink(renderer.T(parent.Title, culture), parent.Url, false) : null,
        };

        var description = PlainText.Truncate(view.Fields.GetValueOrDefault("Summary")?.Text ?? PlainText.FromHtml(view.BodyHtml), 160);
        var absoluteUrl = SiteUrls.Absolute(http.Request, url);
        var jsonLd = JsonLd.For(view, absoluteUrl, p => SiteUrls.Absolute(http.Request, p), related.SelectMany(r => r.Links));
        var meta = renderer.Meta(http.Request, culture, view.Title, description, url, PublicTypes.Find(item.ContentType)?.Url, settings) with
        {
            OgType = "article",
            OgLocale = (view.Culture ?? culture.Name).Replace('-', '_'),
            OgLocaleAlternates = [.. translations.Select(t => t.Culture).OfType<string>().Select(c => c.Replace('-', '_'))],
            Alternates = Alternates(http.Request, view, translations),
            JsonLd = jsonLd is null ? null : JsonLd.Serialize(jsonLd),
        };

        List<string> tags = [.. relatedTags];
        if (view.LocalizationSet is not null)
        {
            tags.Add(CacheTags.LocalizationSet(view.LocalizationSet));
        }

        var template = renderer.Resolve($"Content-{item.ContentType}.Detail", "Content.Detail");
        return await renderer.PageAsync(template, new() { ["detail"] = detail, ["item"] = view }, meta, tags, cancellationToken, translations: languages);
    }

    /// <summary>Linked items both ways: a project lists the publications it names and those that name it.</summary>
    private static async Task<(IReadOnlyList<RelatedGroup> Groups, IReadOnlyList<string> Tags)> RelatedAsync(
        ContentItem item, ItemView view, PublicContent content, ThemePageRenderer renderer, CultureInfo culture, CancellationToken cancellationToken)
    {
        List<RelatedGroup> groups = [];
        List<string> tags = [];
        async Task AddAsync(string key, string title, IReadOnlyList<LinkView> forward, string? reverseType, string? reverseField)
        {
            var links = new List<LinkView>(forward);
            if (reverseType is not null && reverseField is not null)
            {
                tags.Add(CacheTags.Type(reverseType));
                var reverse = await content.ListAsync(new ContentQuery
                {
                    ContentTypes = [reverseType],
                    Filter = new ContentFilter.Field(reverseType, reverseField, FieldValueKind.Text, FilterOperator.Equal, item.ContentItemId),
                    Sorts = [new(ContentColumn.DisplayText)],
                    Take = 50,
                    IncludeTotal = false,
                }, culture, cancellationToken);
                links.AddRange(reverse.Items.Where(r => links.All(l => l.Id != r.ContentItemId))
                    .Select(r => new LinkView(r.DisplayText ?? "", ItemViewBuilder.UrlOf(r), r.ContentItemId, r.ContentType)));
            }

            if (links.Count > 0)
            {
                groups.Add(new(key, renderer.T(title, culture), links));
            }
        }

        IReadOnlyList<LinkView> Field(string name) => view.Fields.GetValueOrDefault(name)?.Links ?? [];
        switch (item.ContentType)
        {
            case PublicTypes.CooperationProject:
                await AddAsync("publications", "Publications liées", Field("Publications"), PublicTypes.Publication, "RelatedProjects");
                await AddAsync("practice-sheets", "Fiches de pratique liées", [], PublicTypes.PracticeSheet, "RelatedProjects");
                break;
            case PublicTypes.Publication:
                await AddAsync("projects", "Projets liés", Field("RelatedProjects"), PublicTypes.CooperationProject, "Publications");
                break;
            case PublicTypes.PracticeSheet:
                await AddAsync("projects", "Projets liés", Field("RelatedProjects"), null, null);
                break;
            default:
                break;
        }

        return (groups, tags);
    }

    private static List<LanguageLink> Languages(ItemView view, IReadOnlyList<TranslationLink> translations)
    {
        var lang = view.Lang ?? "fr";
        List<LanguageLink> links = [];
        foreach (var (code, label) in ThemePageRenderer.LanguageLabels)
        {
            if (code == lang)
            {
                links.Add(new(code, label, (view.Url ?? "/") + "?culture=" + code, true));
            }
            else if (translations.FirstOrDefault(t => ItemViewBuilder.LanguageOf(t.Culture) == code)?.Url is { } url)
            {
                links.Add(new(code, label, url + "?culture=" + code, false));
            }
        }

        return links;
    }

    private static List<AlternateLink> Alternates(HttpRequest request, ItemView view, IReadOnlyList<TranslationLink> translations)
    {
        List<AlternateLink> alternates = [];
        if (view.Url is not null)
        {
            alternates.Add(new(view.Lang ?? "fr", SiteUrls.Absolute(request, view.Url)));
        }

        foreach (var translation in translations)
        {
            if (ItemViewBuilder.LanguageOf(translation.Culture) is { } lang && translation.Url is { } url && alternates.All(a => a.Hreflang != lang))
            {
                alternates.Add(new(lang, SiteUrls.Absolute(request, url)));
            }
        }

        return alternates.Count > 1 ? alternates : [];
    }
}
