using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Efus.Cms.GraphQL.Loading;
using GraphQL;

namespace Efus.Cms.GraphQL.Execution;

/// <summary>
/// What the resolvers of one request share (GraphQL.NET's user context): the store, the caller's
/// access and the batch loaders that turn picker, term and translation look-ups into one query per level.
/// </summary>
internal sealed class GraphQLRequestContext : Dictionary<string, object?>
{
    public GraphQLRequestContext(IContentStore store, GraphQLAccess access, GraphQLOptions options)
    {
        Store = store;
        Options = options;
        Access = access;

        // Expansions (pickers, terms, translations) always read published versions, and only those the
        // caller may view (ViewableItem/ViewableItems/ViewableTranslations): an item a visitor may see
        // never leads to one they may not.
        PublishedItems = new BatchLoader<string, ContentItem>(async (ids, cancellationToken) =>
            (await store.GetManyAsync([.. ids], VersionOptions.Published, cancellationToken))
                .ToDictionary(item => item.ContentItemId, StringComparer.Ordinal));
        Localizations = new BatchLoader<string, IReadOnlyList<ContentItem>>(async (sets, cancellationToken) =>
        {
            var page = await store.QueryAsync(new ContentQuery
            {
                Filter = new ContentFilter.Column(ContentColumn.LocalizationSet, FilterOperator.In, sets.Cast<object>().ToList()),
                Sorts = [new ContentSort(ContentColumn.CreatedUtc)],
                Take = options.MaxPageSize,
                IncludeTotal = false,
            }, cancellationToken);
            return page.Items
                .GroupBy(item => item.Part(WellKnownParts.Localization)?["LocalizationSet"]?.ToString() ?? "", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, IReadOnlyList<ContentItem> (g) => [.. g], StringComparer.Ordinal);
        });
    }

    public IContentStore Store { get; }

    public GraphQLOptions Options { get; }

    public GraphQLAccess Access { get; }

    public BatchLoader<string, ContentItem> PublishedItems { get; }

    public BatchLoader<string, IReadOnlyList<ContentItem>> Localizations { get; }

    /// <summary>An expansion's item (or <c>contentItem</c>): published, and only when the caller may view it.</summary>
    public PendingResult<ContentItem?> ViewableItem(string id) => PublishedItems.Load(id).ThenAsync(Access.ViewableOrNullAsync);

    /// <summary>A picker's items: published, those the caller may view, in the order picked.</summary>
    public PendingResult<IReadOnlyList<ContentItem>> ViewableItems(IReadOnlyList<string> ids) => PublishedItems.LoadMany(ids).ThenAsync(Access.ViewableAsync);

    /// <summary>The published translations of a set that the caller may view.</summary>
    public PendingResult<IReadOnlyList<ContentItem>> ViewableTranslations(string localizationSet) =>
        Localizations.Load(localizationSet).ThenAsync((items, cancellationToken) => Access.ViewableAsync(items ?? [], cancellationToken));

    public static GraphQLRequestContext Of(IResolveFieldContext context) =>
        context.UserContext as GraphQLRequestContext
            ?? throw new InvalidOperationException("GraphQL resolvers run only through the Efus.Cms GraphQL executor.");
}
