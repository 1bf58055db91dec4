using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Taxonomies;

/// <summary>
/// Reads taxonomy items, finds the items that use a term, and saves a changed taxonomy through the
/// content manager (update then publish, in one transaction), so its events evict the public pages
/// and GraphQL reads the new names at once.
/// </summary>
public sealed class TaxonomyService(IContentManager contentManager, IContentDefinitionManager definitionManager, IUnitOfWork unitOfWork)
{
    /// <summary>How many using items the warning names before "and N more".</summary>
    public const int UsageListed = 20;

    public async Task<IReadOnlyList<ContentItem>> ListAsync(CancellationToken cancellationToken)
    {
        var types = await TaxonomyTypesAsync(cancellationToken);
        if (types.Count == 0)
        {
            return [];
        }

        var page = await contentManager.QueryAsync(new ContentQuery
        {
            ContentTypes = types,
            Status = ContentStatus.Latest,
            OrderBy = ContentOrder.DisplayTextAscending,
            Take = 100,
            IncludeTotal = false,
        }, cancellationToken);
        return page.Items;
    }

    /// <summary>The latest version of a taxonomy item; null when unknown or not a taxonomy.</summary>
    public async Task<ContentItem?> GetAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        return item is not null && (await TaxonomyTypesAsync(cancellationToken)).Contains(item.ContentType) ? item : null;
    }

    /// <summary>The latest versions whose taxonomy fields (bound to this taxonomy) hold one of <paramref name="termIds"/>.</summary>
    public async Task<TermUsage> UsageAsync(ContentItem taxonomy, IReadOnlyCollection<string> termIds, CancellationToken cancellationToken)
    {
        var definitions = await definitionManager.GetAsync(cancellationToken);
        var conditions = new List<ContentFilter>();
        foreach (var type in definitions.Types.Values)
        {
            foreach (var typePart in type.Parts)
            {
                foreach (var field in definitions.FieldsOf(typePart).Where(f => f.FieldName == "TaxonomyField"))
                {
                    var boundTo = field.Setting("TaxonomyFieldSettings", "TaxonomyContentItemId").AsString();
                    if (boundTo is null || boundTo == taxonomy.ContentItemId)
                    {
                        conditions.Add(new ContentFilter.And(
                        [
                            new ContentFilter.Column(ContentColumn.ContentType, FilterOperator.Equal, type.Name),
                            new ContentFilter.Field(typePart.Name, field.Name, FieldValueKind.Text, FilterOperator.In, termIds.ToList()),
                        ]));
                    }
                }
            }
        }

        if (conditions.Count == 0 || termIds.Count == 0)
        {
            return new TermUsage([], 0);
        }

        var page = await contentManager.QueryAsync(new ContentQuery
        {
            Status = ContentStatus.Latest,
            Filter = new ContentFilter.Or(conditions),
            OrderBy = ContentOrder.DisplayTextAscending,
            Take = UsageListed,
        }, cancellationToken);
        return new TermUsage(page.Items, page.Total);
    }

    /// <summary>Saves the edited terms and publishes them; a stale revision raises <see cref="Core.Storage.ContentConflictException"/>.</summary>
    public async Task SaveAsync(ContentItem edited, CancellationToken cancellationToken)
    {
        await using (await unitOfWork.BeginAsync(cancellationToken))
        {
            var saved = await contentManager.UpdateAsync(edited, cancellationToken);
            if (!saved.Published)
            {
                await contentManager.PublishAsync(saved.ContentItemId, cancellationToken);
            }

            await unitOfWork.CommitAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyList<string>> TaxonomyTypesAsync(CancellationToken cancellationToken) =>
        [.. (await definitionManager.GetAsync(cancellationToken)).Types.Values.Where(t => t.HasPart(WellKnownParts.Taxonomy)).Select(t => t.Name)];
}
