using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;

namespace Efus.Cms.Admin.Pages.Admin;

/// <summary>The dashboard: how many items of each listable type are published or in draft (counted in the database), the latest changes.</summary>
public sealed class IndexModel(IContentManager contentManager, IContentDefinitionManager definitionManager, AdminClock clock) : AdminPageModel
{
    public sealed record TypeCount(string Type, string DisplayName, int Published, int Drafts, bool Creatable);

    public IReadOnlyList<TypeCount> Counts { get; private set; } = [];

    public IReadOnlyList<ContentItem> Recent { get; private set; } = [];

    public AdminClock Clock => clock;

    private ContentDefinitions _definitions = ContentDefinitions.Empty;

    public string TypeName(string type) => _definitions.Type(type)?.DisplayName ?? type;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await clock.ZoneAsync(cancellationToken);
        _definitions = await definitionManager.GetAsync(cancellationToken);
        var counts = new List<TypeCount>();
        foreach (var type in _definitions.Types.Values.Where(t => t.TypeSettings.Listable).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture))
        {
            var published = await CountAsync(type.Name, ContentStatus.Published, cancellationToken);
            var drafts = await CountAsync(type.Name, ContentStatus.Draft, cancellationToken);
            counts.Add(new TypeCount(type.Name, type.DisplayName, published, drafts, type.TypeSettings.Creatable));
        }

        Counts = counts;
        Recent = (await contentManager.QueryAsync(new ContentQuery
        {
            Status = ContentStatus.Latest,
            ContentTypes = [.. counts.Select(c => c.Type)],
            OrderBy = ContentOrder.ModifiedUtcDescending,
            Take = 8,
            IncludeTotal = false,
        }, cancellationToken)).Items;
    }

    private async Task<int> CountAsync(string type, ContentStatus status, CancellationToken cancellationToken) =>
        (await contentManager.QueryAsync(new ContentQuery { ContentTypes = [type], Status = status, Take = 0 }, cancellationToken)).Total;
}
