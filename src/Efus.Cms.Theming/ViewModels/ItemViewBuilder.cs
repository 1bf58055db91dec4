using System.Globalization;
using System.Text.Json.Nodes;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Fields;
using Efus.Cms.Core.Media;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Microsoft.Extensions.Options;

namespace Efus.Cms.Theming.ViewModels;

/// <summary>
/// Turns content items into <see cref="ItemView"/>s. Linked items and taxonomies of a whole list are
/// read in one query, and only their published versions are shown.
/// </summary>
public sealed class ItemViewBuilder(
    IContentStore store,
    IContentDefinitionManager definitionManager,
    ContentDependencies dependencies,
    SharedTaxonomyTerms taxonomies,
    IOptions<MediaOptions> mediaOptions)
{
    /// <summary>The widths a <c>srcset</c> offers: the resizer's, up to this one (a thumbnail or a column, never a poster).</summary>
    public const int MaxSrcsetWidth = 1024;

    /// <summary>The width <see cref="MediaView.Src"/> asks for (browsers without <c>srcset</c>).</summary>
    public const int DefaultImageWidth = 640;

    private const string TaxonomyType = "Taxonomy";

    // Each referenced taxonomy's terms for this request (from SharedTaxonomyTerms when its stamp is current).
    private readonly Dictionary<string, IReadOnlyDictionary<string, LinkView>> _terms = new(StringComparer.Ordinal);

    public async Task<ItemView> BuildAsync(ContentItem item, CultureInfo culture, CancellationToken cancellationToken) =>
        (await BuildAsync([item], culture, cancellationToken))[0];

    public async Task<IReadOnlyList<ItemView>> BuildAsync(IReadOnlyList<ContentItem> items, CultureInfo culture, CancellationToken cancellationToken)
    {
        var definitions = await definitionManager.GetAsync(cancellationToken);
        var referenced = await LoadReferencesAsync(items, definitions, cancellationToken);
        return [.. items.Select(item => Build(item, definitions, referenced, culture))];
    }

    private ItemView Build(ContentItem item, ContentDefinitions definitions, IReadOnlyDictionary<string, LinkView> referenced, CultureInfo culture)
    {
        dependencies.Add(item.ContentItemId);
        var type = definitions.Type(item.ContentType);
        var fields = new Dictionary<string, FieldView>(StringComparer.Ordinal);
        var bags = new Dictionary<string, IReadOnlyList<ItemView>>(StringComparer.Ordinal);
        if (type is not null)
        {
            foreach (var field in FieldKinds.FieldsOf(item, type, definitions))
            {
                fields.TryAdd(field.Field.Name, FieldOf(field, referenced, culture));
            }

            foreach (var bag in type.Parts.Where(p => p.PartName == WellKnownParts.Bag))
            {
                bags[bag.Name] = [.. (item.Part(bag.Name)?["ContentItems"] as JsonArray ?? [])
                    .OfType<JsonObject>()
                    .Select(child => Build(ContentItemJson.FromJson(child), definitions, referenced, culture))];
            }
        }

        var itemCulture = item.Part(WellKnownParts.Localization)?["Culture"].AsString();
        return new ItemView
        {
            Id = item.ContentItemId,
            Type = item.ContentType,
            TypeLabel = type?.DisplayName ?? item.ContentType,
            Title = item.DisplayText ?? "",
            Url = UrlOf(item),
            Culture = itemCulture,
            Lang = LanguageOf(itemCulture),
            LocalizationSet = item.Part(WellKnownParts.Localization)?["LocalizationSet"].AsString(),
            PublishedUtc = item.PublishedUtc,
            ModifiedUtc = item.ModifiedUtc,
            PublishedText = item.PublishedUtc?.ToString("d MMMM yyyy", culture),
            BodyHtml = item.Part(WellKnownParts.HtmlBody)?["Html"].AsString(),
            Fields = fields,
            Bags = bags,
        };
    }

    public static string? UrlOf(ContentItem item) => AutoroutePath.Of(item) is { Length: > 0 } path ? "/" + path : null;

    public static string? LanguageOf(string? culture) =>
        string.IsNullOrEmpty(culture) ? null : culture.Split('-')[0].ToLowerInvariant();

    private FieldView FieldOf(FieldContext field, IReadOnlyDictionary<string, LinkView> referenced, CultureInfo culture)
    {
        var value = field.Value as JsonObject;
        var view = new FieldView { Name = field.Field.Name, Label = field.Field.DisplayName, Kind = field.Field.FieldName };
        switch (field.Field.FieldName)
        {
            case FieldKinds.Text:
            case FieldKinds.Date:
            case FieldKinds.DateTime:
                return view with { Text = FieldKinds.TextOf(value, field.Field.FieldName == FieldKinds.Text ? "Text" : "Value") };
            case FieldKinds.Html:
                var html = FieldKinds.TextOf(value, "Html");
                return view with { Html = string.IsNullOrWhiteSpace(html) ? null : html, TextFromHtml = true };
            case FieldKinds.Markdown:
                return view with { Text = FieldKinds.TextOf(value, "Markdown") };
            case FieldKinds.Numeric:
                var number = value?["Value"].AsDecimal();
                return view with { Number = number, Text = number?.ToString("0.##########", culture) };
            case FieldKinds.Boolean:
                var flag = value?["Value"].AsBool();
                return view with { Text = flag switch { true => "Oui", false => "Non", null => null } };
            case FieldKinds.Link:
                var url = SafeUrl(FieldKinds.TextOf(value, "Url"));
                var text = FieldKinds.TextOf(value, "Text");
                return view with { Url = url, Text = url is null ? null : string.IsNullOrEmpty(text) ? url : text };
            case FieldKinds.MultiText:
                return view with { Text = string.Join(", ", value?["Values"].AsStrings() ?? []) is { Length: > 0 } joined ? joined : null };
            case FieldKinds.ContentPicker:
                var links = (value?["ContentItemIds"].AsStrings() ?? [])
                    .Select(id => referenced.GetValueOrDefault(id))
                    .OfType<LinkView>()
                    .ToList();
                return view with { Links = links, Text = links.Count == 0 ? null : string.Join(", ", links.Select(l => l.Text)) };
            case FieldKinds.Taxonomy:
                var terms = TermsOf(value);
                return view with { Links = terms, Text = terms.Count == 0 ? null : string.Join(", ", terms.Select(l => l.Text)) };
            case FieldKinds.Media:
                var paths = value?["Paths"].AsStrings() ?? [];
                var texts = value?["MediaTexts"].AsStrings() ?? [];
                return view with { Media = [.. paths.Select((p, i) => MediaOf(p, i < texts.Count ? texts[i] : null, mediaOptions.Value.Widths))] };
            default:
                return view;
        }
    }

    private List<LinkView> TermsOf(JsonObject? value)
    {
        var taxonomyId = value?["TaxonomyContentItemId"].AsString();
        var termIds = value?["TermContentItemIds"].AsStrings() ?? [];
        if (taxonomyId is null || termIds.Count == 0 || !_terms.TryGetValue(taxonomyId, out var terms))
        {
            return [];
        }

        return [.. termIds.Select(id => terms.GetValueOrDefault(id)).OfType<LinkView>()];
    }

    public static MediaView MediaOf(string path, string? text, IReadOnlyList<int> widths)
    {
        var url = "/media/" + string.Join('/', path.TrimStart('/').Split('/').Select(Uri.EscapeDataString));
        var name = Path.GetFileName(path);
        var view = new MediaView(url, name, Path.GetExtension(name).TrimStart('.').ToUpperInvariant(), string.IsNullOrWhiteSpace(text) ? null : text);
        if (MediaKinds.FromExtension(name) is not { } kind || !MediaKinds.IsImage(kind))
        {
            return view;
        }

        if (!MediaKinds.IsResizable(kind))
        {
            return view with { IsImage = true, Src = url };
        }

        var offered = widths.Where(w => w <= MaxSrcsetWidth).Order().ToList();
        var src = offered.Contains(DefaultImageWidth) ? DefaultImageWidth : offered.LastOrDefault();
        return view with
        {
            IsImage = true,
            Src = src > 0 ? url + "?width=" + src.ToString(CultureInfo.InvariantCulture) : url,
            Srcset = offered.Count == 0 ? null : string.Join(", ", offered.Select(w => string.Create(CultureInfo.InvariantCulture, $"{url}?width={w} {w}w"))),
        };
    }

    /// <summary>Only web, mail and site-relative links: a <c>javascript:</c> URL never reaches an href.</summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? url : null;
    }

    /// <summary>
    /// The published items the list links to, in one query; a taxonomy whose version this node already holds
    /// comes without its JSON, and its terms are taken from <see cref="SharedTaxonomyTerms"/>.
    /// </summary>
    private async Task<Dictionary<string, LinkView>> LoadReferencesAsync(IReadOnlyList<ContentItem> items, ContentDefinitions definitions, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            CollectReferences(item, definitions, ids);
        }

        foreach (var id in ids)
        {
            dependencies.Add(id);
        }

        var referenced = new Dictionary<string, LinkView>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return referenced;
        }

        var held = taxonomies.Snapshot();
        var stamped = await store.GetPublishedStampedAsync(ids, held.Values.Select(e => e.Stamp).ToHashSet(StringComparer.Ordinal), cancellationToken);
        foreach (var row in stamped)
        {
            if (row.Item is null)
            {
                if (held.TryGetValue(row.ContentItemId, out var entry) && entry.Stamp == row.Stamp)
                {
                    referenced[row.ContentItemId] = entry.Self;
                    _terms[row.ContentItemId] = entry.Terms;
                }

                continue;
            }

            var link = LinkOf(row.Item);
            referenced[row.ContentItemId] = link;
            if (row.Item.ContentType == TaxonomyType)
            {
                var terms = TaxonomyTerms.Flatten(row.Item).GroupBy(t => t.ContentItemId, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => LinkOf(g.First()), StringComparer.Ordinal);
                _terms[row.ContentItemId] = terms;
                taxonomies.Set(row.ContentItemId, new SharedTaxonomyTerms.Entry(row.Stamp, link, terms));
            }
        }

        return referenced;
    }

    private static LinkView LinkOf(ContentItem item) => new(item.DisplayText ?? "", UrlOf(item), item.ContentItemId, item.ContentType);

    private static void CollectReferences(ContentItem item, ContentDefinitions definitions, HashSet<string> ids)
    {
        var type = definitions.Type(item.ContentType);
        if (type is null)
        {
            return;
        }

        foreach (var field in FieldKinds.FieldsOf(item, type, definitions))
        {
            var value = field.Value as JsonObject;
            switch (field.Field.FieldName)
            {
                case FieldKinds.ContentPicker:
                    ids.UnionWith(value?["ContentItemIds"].AsStrings() ?? []);
                    break;
                case FieldKinds.Taxonomy:
                    var hasTerms = (value?["TermContentItemIds"].AsStrings() ?? []).Count != 0;
                    if (hasTerms && value?["TaxonomyContentItemId"].AsString() is { } taxonomyId)
                    {
                        ids.Add(taxonomyId);
                    }

                    break;
                default:
                    break;
            }
        }

        foreach (var bag in type.Parts.Where(p => p.PartName == WellKnownParts.Bag))
        {
            foreach (var child in (item.Part(bag.Name)?["ContentItems"] as JsonArray ?? []).OfType<JsonObject>())
            {
                CollectReferences(ContentItemJson.FromJson(child), definitions, ids);
            }
        }
    }
}
