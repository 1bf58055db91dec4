using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Content;

/// <summary>
/// An item's translations: the other latest items of its <c>LocalizationPart.LocalizationSet</c>, and
/// Orchard's "Localize" action, which starts a translation in another culture as a draft prefilled from the source.
/// </summary>
public sealed class ContentTranslations(IContentManager contentManager)
{
    public static string? SetOf(ContentItem item) => item.Part(WellKnownParts.Localization)?["LocalizationSet"].AsString();

    public static string? CultureOf(ContentItem item) => item.Part(WellKnownParts.Localization)?["Culture"].AsString();

    /// <summary>The other items of the set (latest versions), by culture.</summary>
    public async Task<IReadOnlyList<ContentItem>> OthersAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (SetOf(item) is not { Length: > 0 } set)
        {
            return [];
        }

        var page = await contentManager.QueryAsync(new ContentQuery
        {
            Status = ContentStatus.Latest,
            Filter = new ContentFilter.Column(ContentColumn.LocalizationSet, FilterOperator.Equal, set),
            Sorts = [new ContentSort(ContentColumn.Culture)],
            Take = 50,
            IncludeTotal = false,
        }, cancellationToken);
        return [.. page.Items.Where(i => i.ContentItemId != item.ContentItemId)];
    }

    /// <summary>
    /// A draft in <paramref name="culture"/> in the source's set, with the source's content to translate
    /// and a path of its own (the source's with the language, numbered if taken).
    /// </summary>
    public async Task<ContentItem> CreateAsync(ContentItem source, string culture, string? owner, CancellationToken cancellationToken)
    {
        var translation = await ContentCopy.OfAsync(contentManager, source, owner, cancellationToken);
        var localization = translation.GetOrCreatePart(WellKnownParts.Localization);
        localization["LocalizationSet"] = SetOf(source);
        localization["Culture"] = culture;
        if (AutoroutePath.Of(source) is { Length: > 0 } path)
        {
            translation.GetOrCreatePart(WellKnownParts.Autoroute)["Path"] = await FreePathAsync($"{path}-{culture.Split('-')[0].ToLowerInvariant()}", cancellationToken);
        }

        return await contentManager.CreateAsync(translation, publish: false, cancellationToken);
    }

    private async Task<string> FreePathAsync(string wanted, CancellationToken cancellationToken)
    {
        var candidate = wanted;
        for (var n = 2; await contentManager.GetByPathAsync(candidate, VersionOptions.Latest, cancellationToken) is not null; n++)
        {
            candidate = $"{wanted}-{n}";
        }

        return candidate;
    }
}
