using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.Theming.ViewModels;
using Efus.Cms.UrbanSecurity.Caching;
using Efus.Cms.UrbanSecurity.Site;
using Efus.Cms.UrbanSecurity.ViewModels;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary>
/// <c>/themes</c> lists the terms of the Themes taxonomy; <c>/themes/{slug}</c> lists every published
/// item tagged with one (terms live inside the taxonomy item, not as items of their own).
/// </summary>
public static class ThemePages
{
    public static async Task<IResult> IndexAsync(ThemePageRenderer renderer, PublicContent content, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = await renderer.SettingsAsync(cancellationToken);
        var culture = await renderer.CultureAsync(cancellationToken);
        var (taxonomyId, themeTerms) = await content.ThemeTermsAsync(cancellationToken);
        var terms = themeTerms
            .OrderBy(t => t.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
            .Select(t => new LinkView(t.Title, "/themes/" + t.Slug, t.ContentItemId, t.ContentType))
            .ToList();
        var title = renderer.T("Thèmes", culture);
        var meta = renderer.Meta(http.Request, culture, title, renderer.T("Les thèmes de la base de connaissances de l’Efus.", culture), "/themes", null, settings);
        List<string> tags = taxonomyId is null ? [] : [CacheTags.Item(taxonomyId)];
        return await renderer.PageAsync(renderer.Resolve("Themes"), new() { ["themes"] = terms }, meta, tags, cancellationToken);
    }

    public static async Task<IResult> ThemeAsync(string slug, ThemePageRenderer renderer, PublicContent content, HttpContext http, CancellationToken cancellationToken)
    {
        var (taxonomyId, terms) = await content.ThemeTermsAsync(cancellationToken);
        var term = terms.FirstOrDefault(t => t.Slug == slug);
        if (taxonomyId is null || term is null)
        {
            return await NotFoundPage.HandleAsync(renderer, http, cancellationToken);
        }

        var settings = await renderer.SettingsAsync(cancellationToken);
        var culture = await renderer.CultureAsync(cancellationToken);
        var page = PagerBuilder.CurrentPage(http.Request);
        var items = await content.ListAsync(new ContentQuery
        {
            ContentTypes = [.. PublicTypes.All.Select(t => t.Name)],
            Filter = new ContentFilter.Or([.. PublicTypes.All.Select(t =>
                (ContentFilter)new ContentFilter.Field(t.Name, "Themes", FieldValueKind.Text, FilterOperator.Equal, term.ContentItemId))]),
            Sorts = [new(ContentColumn.PublishedUtc, Descending: true), new(ContentColumn.DisplayText)],
            Skip = (page - 1) * settings.PageSize,
            Take = settings.PageSize,
        }, culture, cancellationToken);

        var url = "/themes/" + slug;
        var view = new ThemeView(
            new LinkView(term.Title, url, term.ContentItemId, term.ContentType),
            await renderer.CardsAsync(items.Items, culture, cancellationToken),
            PagerBuilder.Build(http.Request, page, settings.PageSize, items.Total));
        var meta = renderer.Meta(http.Request, culture, term.Title.Length > 0 ? term.Title : slug,
            renderer.T("Fiches de pratique, projets, publications et conférences sur le thème « {0} ».", culture, term.Title), url, null, settings);
        List<string> tags = [CacheTags.Item(taxonomyId), .. PublicTypes.All.Select(t => CacheTags.Type(t.Name))];
        return await renderer.PageAsync(renderer.Resolve("Theme"), new() { ["theme"] = view }, meta, tags, cancellationToken);
    }
}
