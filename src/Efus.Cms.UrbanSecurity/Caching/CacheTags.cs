namespace Efus.Cms.UrbanSecurity.Caching;

/// <summary>Output-cache tags: what a cached page shows, so that a content change evicts exactly those pages.</summary>
public static class CacheTags
{
    /// <summary>Every public page (evicted when the theme's shared data changes: taxonomy, settings).</summary>
    public const string Public = "efus:public";

    /// <summary>A page that shows this item (its own page, a card, a link, a term).</summary>
    public static string Item(string contentItemId) => "efus:item:" + contentItemId;

    /// <summary>A page whose list of items of this type could change (listings, home, theme pages, sitemap, feed).</summary>
    public static string Type(string contentType) => "efus:type:" + contentType;

    /// <summary>A page whose language links depend on the translations in this localization set.</summary>
    public static string LocalizationSet(string localizationSet) => "efus:set:" + localizationSet;
}
