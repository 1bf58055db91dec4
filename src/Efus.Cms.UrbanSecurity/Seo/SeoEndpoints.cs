using System.Globalization;
using System.Text;
using System.Xml;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Storage;
using Efus.Cms.Theming.ViewModels;
using Efus.Cms.UrbanSecurity.Caching;
using Efus.Cms.UrbanSecurity.Pages;
using Efus.Cms.UrbanSecurity.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;

namespace Efus.Cms.UrbanSecurity.Seo;

/// <summary><c>/robots.txt</c>, <c>/sitemap.xml</c> (every published page, listings and themes) and <c>/feed.xml</c> (Atom).</summary>
public static class SeoEndpoints
{
    public const int SitemapLimit = 50_000;
    public const int FeedSize = 20;

    public static IEndpointRouteBuilder MapEfusSeo(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (HttpContext http) => Results.Text(
            $"User-agent: *\nDisallow: /admin\nDisallow: /api/\nDisallow: /search\nSitemap: {SiteUrls.Absolute(http.Request, "/sitemap.xml")}\n",
            "text/plain; charset=utf-8")).CacheOutput(PublicPageCachePolicy.Name);
        endpoints.MapGet("/sitemap.xml", SitemapAsync).CacheOutput(PublicPageCachePolicy.Name);
        endpoints.MapGet("/feed.xml", FeedAsync).CacheOutput(PublicPageCachePolicy.Name);
        return endpoints;
    }

    private static async Task<IResult> SitemapAsync(IContentManager contentManager, PublicContent content, ThemePageRenderer renderer, HttpContext http, CancellationToken cancellationToken)
    {
        var items = await contentManager.QueryAsync(new ContentQuery
        {
            ContentTypes = PublicTypes.WithPages,
            Sorts = [new(ContentColumn.Path)],
            Take = SitemapLimit,
            IncludeTotal = false,
        }, cancellationToken);
        var (taxonomyId, terms) = await content.ThemeTermsAsync(cancellationToken);
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Async = true, Indent = true, Encoding = Encoding.UTF8 }))
        {
            await writer.WriteStartDocumentAsync();
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            void Url(string path, DateTime? modified)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", SiteUrls.Absolute(http.Request, path));
                if (modified is { } date)
                {
                    writer.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            Url("/", null);
            var listed = new HashSet<string>(StringComparer.Ordinal) { "/" };
            foreach (var type in PublicTypes.All)
            {
                Url(type.Url, null);
                listed.Add(type.Url);
            }

            Url("/themes", null);
            foreach (var term in terms)
            {
                Url("/themes/" + term.Slug, null);
            }

            foreach (var item in items.Items)
            {
                if (ItemViewBuilder.UrlOf(item) is { } url && listed.Add(url))
                {
                    Url(url, item.ModifiedUtc);
                }
            }

            await writer.WriteEndElementAsync();
        }

        renderer.Tag(http, [.. PublicTypes.WithPages.Select(CacheTags.Type), .. taxonomyId is null ? Array.Empty<string>() : [CacheTags.Item(taxonomyId)]]);
        return new HtmlPageResult(xml.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), contentType: "application/xml; charset=utf-8");
    }

    private static async Task<IResult> FeedAsync(ThemePageRenderer renderer, PublicContent content, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = await renderer.SettingsAsync(cancellationToken);
        var culture = await renderer.CultureAsync(cancellationToken);
        var latest = await content.ListAsync(new ContentQuery
        {
            ContentTypes = [PublicTypes.Publication, PublicTypes.PracticeSheet],
            Sorts = [new(ContentColumn.PublishedUtc, Descending: true), new(ContentColumn.DisplayText)],
            Take = FeedSize,
            IncludeTotal = false,
        }, culture, cancellationToken);
        var views = await renderer.ViewsAsync(latest.Items, culture, cancellationToken);
        const string atom = "http://www.w3.org/2005/Atom";
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Async = true, Indent = true }))
        {
            await writer.WriteStartDocumentAsync();
            writer.WriteStartElement("feed", atom);
            writer.WriteAttributeString("xml", "lang", null, culture.TwoLetterISOLanguageName);
            writer.WriteElementString("title", atom, renderer.T("{0} : nouvelles publications et fiches de pratique", culture, settings.SiteName));
            writer.WriteElementString("id", atom, SiteUrls.Absolute(http.Request, "/feed.xml"));
            Link(writer, SiteUrls.Absolute(http.Request, "/feed.xml"), "self");
            Link(writer, SiteUrls.Absolute(http.Request, "/"), "alternate");
            var updated = views.Select(v => v.PublishedUtc ?? v.ModifiedUtc).Max() ?? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            writer.WriteElementString("updated", atom, Rfc3339(updated));
            writer.WriteStartElement("author", atom);
            writer.WriteElementString("name", atom, "Efus");
            writer.WriteEndElement();
            foreach (var view in views.Where(v => v.Url is not null))
            {
                var url = SiteUrls.Absolute(http.Request, view.Url!);
                writer.WriteStartElement("entry", atom);
                writer.WriteElementString("title", atom, view.Title);
                writer.WriteElementString("id", atom, url);
                Link(writer, url, "alternate");
                writer.WriteElementString("updated", atom, Rfc3339(view.ModifiedUtc ?? view.PublishedUtc ?? updated));
                if (view.PublishedUtc is { } published)
                {
                    writer.WriteElementString("published", atom, Rfc3339(published));
                }

                writer.WriteStartElement("category", atom);
                writer.WriteAttributeString("term", view.Type);
                writer.WriteAttributeString("label", renderer.T(view.TypeLabel, culture));
                writer.WriteEndElement();
                if (view.Fields.GetValueOrDefault("Summary")?.Text is { Length: > 0 } summary)
                {
                    writer.WriteElementString("summary", atom, summary);
                }

                writer.WriteEndElement();
            }

            await writer.WriteEndElementAsync();
        }

        renderer.Tag(http, [CacheTags.Type(PublicTypes.Publication), CacheTags.Type(PublicTypes.PracticeSheet)]);
        return new HtmlPageResult(xml.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), contentType: "application/atom+xml; charset=utf-8");
    }

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Rfc3339(DateTime date) => DateTime.SpecifyKind(date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
