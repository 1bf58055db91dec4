using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.Theming.ViewModels;
using Efus.Cms.UrbanSecurity.Caching;
using Efus.Cms.UrbanSecurity.Site;
using Efus.Cms.UrbanSecurity.ViewModels;
using Microsoft.AspNetCore.Http;

namespace Efus.Cms.UrbanSecurity.Pages;

/// <summary>
/// A type's listing (<c>/projets</c>…): filters as GET parameters, paging, newest first. When a Page
/// item is published at the listing's own path (the seeded "Fiches de pratique" page), the listing
/// takes its title and shows its text as the introduction: the path keeps one meaning, the listing.
/// </summary>
public static class ListingPage
{
    public static async Task<IResult> HandleAsync(PublicType type, ThemePageRenderer renderer, PublicContent content, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = await renderer.SettingsAsync(cancellationToken);
        var culture = await renderer.CultureAsync(cancellationToken);
        var filters = ListingFilters.Read(http.Request);
        var fields = await content.FieldNamesAsync(type.Name, cancellationToken);
        var (taxonomyId, terms) = fields.Contains("Themes") ? await content.ThemeTermsAsync(cancellationToken) : (null, []);
        var page = PagerBuilder.CurrentPage(http.Request);
        var query = new ContentQuery
        {
            ContentTypes = [type.Name],
            Filter = filters.ToFilter(type.Name, fields, terms),
            Sorts = [new(ContentColumn.PublishedUtc, Descending: true), new(ContentColumn.DisplayText)],
            Skip = (page - 1) * settings.PageSize,
            Take = settings.PageSize,
            IncludeTotal = false,
        };
        var items = await content.ListAsync(query, culture, cancellationToken);
        // The count is kept across requests (it grew with the items); the filters are all the query depends on.
        var total = await content.CountAsync(query, $"{type.Name}|{filters}", cancellationToken);

        var introduction = await IntroductionAsync(type, content, renderer, culture, cancellationToken);
        var title = introduction?.Title ?? renderer.T(type.Title, culture);
        var listing = new ListingView
        {
            Type = type.Name,
            Title = title,
            Url = type.Url,
            Introduction = introduction,
            Filters = filters.Fields(fields, terms, await ChoicesAsync(type, fields, content, cancellationToken), text => renderer.T(text, culture)),
            Filtered = filters.Any,
            Cards = await renderer.CardsAsync(items.Items, culture, cancellationToken),
            Pager = PagerBuilder.Build(http.Request, page, settings.PageSize, total),
        };
        var description = PlainText.Truncate(PlainText.FromHtml(introduction?.BodyHtml), 160) ?? title;
        var meta = renderer.Meta(http.Request, culture, page > 1 ? renderer.T("{0} – page {1}", culture, title, page) : title, description, type.Url, type.Url, settings) with
        {
            // Filtered views are the same content sliced: only the plain listing is indexed.
            NoIndex = filters.Any,
        };
        List<string> tags = [CacheTags.Type(type.Name)];
        if (taxonomyId is not null)
        {
            tags.Add(CacheTags.Item(taxonomyId));
        }

        return await renderer.PageAsync(renderer.Resolve($"Listing-{type.Name}", "Listing"), new() { ["listing"] = listing }, meta, tags, cancellationToken);
    }

    /// <summary>The countries and cities the type's published items name, offered as lists when there are few enough.</summary>
    private static Task<Dictionary<string, IReadOnlyList<string>>> ChoicesAsync(PublicType type, IReadOnlySet<string> fields, PublicContent content, CancellationToken cancellationToken) =>
        content.FieldValuesAsync(type.Name, ListingFilters.FieldsWithChoices.Where(fields.Contains), ListingFilters.MaxChoices + 1, cancellationToken);

    private static async Task<ItemView?> IntroductionAsync(PublicType type, PublicContent content, ThemePageRenderer renderer, System.Globalization.CultureInfo culture, CancellationToken cancellationToken)
    {
        var page = await content.GetByPathAsync(type.Path, cancellationToken);
        if (page is null || page.ContentType != PublicTypes.Page)
        {
            return null;
        }

        // Already in the visitor's language (the usual case): no need to look for its translations.
        var translated = page.Part(WellKnownParts.Localization)?["Culture"].AsString() == culture.Name
            ? null
            : (await content.TranslationsOfAsync(page, cancellationToken))
                .FirstOrDefault(t => t.Part(WellKnownParts.Localization)?["Culture"].AsString() == culture.Name);
        return (await renderer.ViewsAsync([translated ?? page], culture, cancellationToken))[0];
    }
}
