using System.Globalization;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.UrbanSecurity.Site;

/// <summary>
/// Published content as the visitor should see it. Lists hold the site's main language (items in the
/// default culture or without one); for a visitor in another language, each item whose localization
/// set has a translation in that language is replaced by it. Every filter and page runs in the database.
/// </summary>
public sealed class PublicContent(
    IContentManager contentManager, IContentStore store, IContentDefinitionManager definitionManager, SiteContext site, FieldChoicesCache choices, TranslationLinksCache translationLinks,
    ListingTotalsCache totals, ThemeTermsCache themeTerms, LatestItemsCache latest)
{
    public Task<ContentItem?> GetAsync(string contentItemId, CancellationToken cancellationToken) =>
        contentManager.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);

    public Task<ContentItem?> GetByPathAsync(string path, CancellationToken cancellationToken) =>
        AutoroutePath.IsValid(AutoroutePath.Normalize(path))
            ? contentManager.GetByPathAsync(path, VersionOptions.Published, cancellationToken)
            : Task.FromResult<ContentItem?>(null);

    /// <summary>The values each Text field of the type's own part takes in published items (filters' choices), at most <paramref name="max"/> each.</summary>
    public Task<Dictionary<string, IReadOnlyList<string>>> FieldValuesAsync(string contentType, IEnumerable<string> fields, int max, CancellationToken cancellationToken) =>
        choices.GetAsync(store, contentType, fields, max, cancellationToken);

    /// <summary>A page of <paramref name="query"/> restricted to the main language, translated for <paramref name="culture"/>.</summary>
    public async Task<ContentPage> ListAsync(ContentQuery query, CultureInfo culture, CancellationToken cancellationToken)
    {
        var settings = await site.SettingsAsync(cancellationToken);
        var page = await contentManager.QueryAsync(InMainLanguage(query, settings), cancellationToken);
        return culture.Name == settings.DefaultCulture || page.Items.Count == 0
            ? page
            : page with { Items = await TranslateAsync(page.Items, culture.Name, cancellationToken) };
    }

    /// <summary>
    /// The <paramref name="count"/> newest published items of each type in the main language (newest first), translated
    /// for <paramref name="culture"/>: their ids are kept across requests (<see cref="LatestItemsCache"/>) and the items of
    /// every type are read in one query.
    /// </summary>
    public async Task<IReadOnlyList<(string Type, IReadOnlyList<ContentItem> Items)>> LatestAsync(
        IReadOnlyList<string> types, int count, CultureInfo culture, CancellationToken cancellationToken)
    {
        var settings = await site.SettingsAsync(cancellationToken);
        var idsByType = new List<(string Type, IReadOnlyList<string> Ids)>(types.Count);
        foreach (var type in types)
        {
            idsByType.Add((type, await latest.Ids.GetOrLoadAsync((type, count), async token =>
            {
                var page = await contentManager.QueryAsync(InMainLanguage(new ContentQuery
                {
                    ContentTypes = [type],
                    Sorts = [new(ContentColumn.PublishedUtc, Descending: true), new(ContentColumn.DisplayText)],
                    Take = count,
                    IncludeTotal = false,
                }, settings), token);
                return [.. page.Items.Select(i => i.ContentItemId)];
            }, cancellationToken)));
        }

        var wanted = idsByType.SelectMany(t => t.Ids).ToList();
        var byId = wanted.Count == 0 ? [] : (await store.GetManyAsync(wanted, VersionOptions.Published, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var sections = new List<(string Type, IReadOnlyList<ContentItem> Items)>(types.Count);
        foreach (var (type, ids) in idsByType)
        {
            IReadOnlyList<ContentItem> items = [.. ids.Select(id => byId.GetValueOrDefault(id)).OfType<ContentItem>()];
            sections.Add((type, culture.Name == settings.DefaultCulture || items.Count == 0 ? items : await TranslateAsync(items, culture.Name, cancellationToken)));
        }

        return sections;
    }

    /// <summary>
    /// How many published items of the main language <paramref name="query"/> matches, kept across requests under
    /// <paramref name="key"/>, which must name everything the query filters on (<see cref="ListingTotalsCache"/>).
    /// </summary>
    public async Task<int> CountAsync(ContentQuery query, string key, CancellationToken cancellationToken)
    {
        var settings = await site.SettingsAsync(cancellationToken);
        var counted = InMainLanguage(query, settings) with { Skip = 0, Take = 0, IncludeTotal = true, Sorts = null };
        return await totals.Totals.GetOrLoadAsync(key, async token => (await contentManager.QueryAsync(counted, token)).Total, cancellationToken);
    }

    /// <summary>The published items of the same localization set in other cultures.</summary>
    public async Task<IReadOnlyList<ContentItem>> TranslationsOfAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.Part(WellKnownParts.Localization)?["LocalizationSet"].AsString() is not { Length: > 0 } set)
        {
            return [];
        }

        var page = await contentManager.QueryAsync(SetMembers(set), cancellationToken);
        return [.. page.Items.Where(i => i.ContentItemId != item.ContentItemId)];
    }

    /// <summary>The other published members of the item's localization set, as links (kept across requests, <see cref="TranslationLinksCache"/>).</summary>
    public async Task<IReadOnlyList<TranslationLink>> TranslationLinksAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.Part(WellKnownParts.Localization)?["LocalizationSet"].AsString() is not { Length: > 0 } set)
        {
            return [];
        }

        var members = await translationLinks.Sets.GetOrLoadAsync(set, async token =>
        {
            var page = await contentManager.QueryAsync(SetMembers(set), token);
            return [.. page.Items.Select(i => new TranslationLink(i.ContentItemId, i.Part(WellKnownParts.Localization)?["Culture"].AsString(), AutoroutePath.Of(i) is { Length: > 0 } path ? "/" + path : null))];
        }, cancellationToken);
        return [.. members.Where(m => m.ContentItemId != item.ContentItemId)];
    }

    /// <summary>The taxonomy the public types' <c>Themes</c> fields draw their terms from.</summary>
    private async Task<ContentItem?> ThemesTaxonomyAsync(CancellationToken cancellationToken)
    {
        var definitions = await definitionManager.GetAsync(cancellationToken);
        var taxonomyId = PublicTypes.All
            .Select(t => definitions.Part(t.Name)?.Fields.FirstOrDefault(f => f.Name == "Themes"))
            .Select(f => f?.Setting("TaxonomyFieldSettings", "TaxonomyContentItemId").AsString())
            .FirstOrDefault(id => !string.IsNullOrEmpty(id));
        return taxonomyId is null ? null : await GetAsync(taxonomyId, cancellationToken);
    }

    /// <summary>The Themes taxonomy's id and its terms at every depth (kept across requests, <see cref="ThemeTermsCache"/>).</summary>
    public Task<(string? TaxonomyId, IReadOnlyList<ThemeTerm> Terms)> ThemeTermsAsync(CancellationToken cancellationToken) =>
        themeTerms.Taxonomies.GetOrLoadAsync("Themes", async token =>
        {
            var taxonomy = await ThemesTaxonomyAsync(token);
            IReadOnlyList<ThemeTerm> terms = [.. TaxonomyTerms.Flatten(taxonomy).Select(t => new ThemeTerm(t.ContentItemId, t.ContentType, SlugOf(t), t.DisplayText ?? ""))];
            return (taxonomy?.ContentItemId, terms);
        }, cancellationToken);

    /// <summary>The slug of a term: the last segment of its path, else its slugified title.</summary>
    private static string SlugOf(ContentItem term) =>
        AutoroutePath.Of(term)?.Split('/')[^1] is { Length: > 0 } slug ? slug : Slug.From(term.DisplayText);

    /// <summary>The names of the fields a type's own part has (to offer only the filters that apply).</summary>
    public async Task<IReadOnlySet<string>> FieldNamesAsync(string contentType, CancellationToken cancellationToken)
    {
        var definitions = await definitionManager.GetAsync(cancellationToken);
        return (definitions.Part(contentType)?.Fields ?? []).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static ContentQuery InMainLanguage(ContentQuery query, SiteSettings settings)
    {
        var otherCultures = settings.SupportedCultures.Where(c => c != settings.DefaultCulture).ToList();
        var mainLanguage = new ContentFilter.Not(new ContentFilter.Column(ContentColumn.Culture, FilterOperator.In, otherCultures));
        return query with
        {
            Status = ContentStatus.Published,
            Filter = otherCultures.Count == 0 ? query.Filter : query.Filter is null ? mainLanguage : new ContentFilter.And([query.Filter, mainLanguage]),
        };
    }

    private static ContentQuery SetMembers(string localizationSet) => new()
    {
        Filter = new ContentFilter.Column(ContentColumn.LocalizationSet, FilterOperator.Equal, localizationSet),
        Take = 20,
        IncludeTotal = false,
    };

    private async Task<IReadOnlyList<ContentItem>> TranslateAsync(IReadOnlyList<ContentItem> items, string culture, CancellationToken cancellationToken)
    {
        var sets = items.Select(i => i.Part(WellKnownParts.Localization)?["LocalizationSet"].AsString()).OfType<string>().Distinct().ToList();
        if (sets.Count == 0)
        {
            return items;
        }

        var translations = await contentManager.QueryAsync(new ContentQuery
        {
            Filter = new ContentFilter.And([
                new ContentFilter.Column(ContentColumn.LocalizationSet, FilterOperator.In, sets),
                new ContentFilter.Column(ContentColumn.Culture, FilterOperator.Equal, culture),
            ]),
            Take = sets.Count,
            IncludeTotal = false,
        }, cancellationToken);
        var bySet = translations.Items
            .GroupBy(t => t.Part(WellKnownParts.Localization)?["LocalizationSet"].AsString() ?? "")
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. items.Select(i => i.Part(WellKnownParts.Localization)?["LocalizationSet"].AsString() is { } set && bySet.TryGetValue(set, out var translated) ? translated : i)];
    }
}
