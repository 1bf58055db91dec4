using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Scheduling;
using Efus.Cms.Core.Security;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Content;

/// <summary>
/// Every item across listable types (or one type), filtered by type, status, language, owner and
/// title text, sorted and paged — all as GET parameters, all in the database.
/// </summary>
public sealed class IndexModel(
    IContentManager contentManager,
    IContentDefinitionManager definitionManager,
    AdminClock clock,
    UserDirectory users,
    Editors.ContentForm form,
    IPublicationSchedule schedule) : AdminPageModel
{
    public const int PageSize = 20;

    private const int MaxScheduled = 1000;

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeFilter { get; set; }

    /// <summary><c>latest</c> (default), <c>published</c>, <c>draft</c> or <c>scheduled</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "culture")]
    public string? Culture { get; set; }

    /// <summary>A culture of the site: only items that have no translation in it.</summary>
    [BindProperty(SupportsGet = true, Name = "untranslated")]
    public string? Untranslated { get; set; }

    /// <summary>A user id, or <c>me</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "owner")]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary><c>modified</c> (default), <c>created</c>, <c>published</c> or <c>title</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    // "page" is the route value naming the Razor page, hence "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public sealed record Row(ContentItem Item, string TypeName, string? OwnerName, bool HasPublished, bool CanEdit);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public IReadOnlyList<IdentityUser> Users { get; private set; } = [];

    public IReadOnlyList<string> Cultures { get; private set; } = [];

    public ContentTypeDefinition? SelectedType { get; private set; }

    public AdminClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await Authorizer.HasAsync(User, ContentPermissions.ListContent, cancellationToken))
        {
            return Denied();
        }

        await clock.ZoneAsync(cancellationToken);
        var definitions = await definitionManager.GetAsync(cancellationToken);
        Types = [.. definitions.Types.Values.Where(t => t.TypeSettings.Listable).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)];
        SelectedType = TypeFilter is null ? null : Types.FirstOrDefault(t => t.Name == TypeFilter);
        Users = users.All();
        Cultures = await form.SupportedCulturesAsync(cancellationToken);
        PageNumber = Math.Max(1, PageNumber);

        var filters = new List<ContentFilter>();
        var owner = Owner == "me" ? UserId : Owner;
        if (!string.IsNullOrEmpty(owner))
        {
            filters.Add(new ContentFilter.Column(ContentColumn.Owner, FilterOperator.Equal, owner));
        }

        if (Status == "scheduled")
        {
            // Scheduled items are few: their ids come from the schedule, the rest of the filters from the database.
            var scheduled = await schedule.ListAsync(MaxScheduled, cancellationToken);
            filters.Add(new ContentFilter.Column(ContentColumn.ContentItemId, FilterOperator.In, scheduled.Select(s => (object)s.ContentItemId).ToList()));
        }

        var page = await contentManager.QueryAsync(new ContentQuery
        {
            ContentTypes = SelectedType is null ? [.. Types.Select(t => t.Name)] : [SelectedType.Name],
            Status = Status switch
            {
                "published" => ContentStatus.Published,
                "draft" or "scheduled" => ContentStatus.Draft,
                _ => ContentStatus.Latest,
            },
            Culture = string.IsNullOrWhiteSpace(Culture) ? null : Culture,
            LacksTranslationIn = string.IsNullOrWhiteSpace(Untranslated) ? null : Untranslated,
            DisplayTextContains = string.IsNullOrWhiteSpace(Query) ? null : Query.Trim(),
            Filter = filters.Count == 0 ? null : new ContentFilter.And(filters),
            Sorts = Sort switch
            {
                "created" => [new ContentSort(ContentColumn.CreatedUtc, Descending: true)],
                "published" => [new ContentSort(ContentColumn.PublishedUtc, Descending: true)],
                "title" => [new ContentSort(ContentColumn.DisplayText)],
                _ => [new ContentSort(ContentColumn.ModifiedUtc, Descending: true)],
            },
            Skip = (PageNumber - 1) * PageSize,
            Take = PageSize,
        }, cancellationToken);
        Total = page.Total;

        // Which of the drafts on this page have a published version too: one query for the page.
        var draftIds = page.Items.Where(i => !i.Published).Select(i => i.ContentItemId).ToList();
        var published = draftIds.Count == 0
            ? new HashSet<string>()
            : (await contentManager.QueryAsync(new ContentQuery
            {
                Status = ContentStatus.Published,
                Filter = new ContentFilter.Column(ContentColumn.ContentItemId, FilterOperator.In, draftIds.Cast<object>().ToList()),
                Take = PageSize,
                IncludeTotal = false,
            }, cancellationToken)).Items.Select(i => i.ContentItemId).ToHashSet();

        var rows = new List<Row>();
        foreach (var item in page.Items)
        {
            rows.Add(new Row(item, definitions.Type(item.ContentType)?.DisplayName ?? item.ContentType, await users.NameOfAsync(item.Owner),
                item.Published || published.Contains(item.ContentItemId),
                await Authorizer.CanAsync(User, ContentAction.Edit, item, cancellationToken)));
        }

        Rows = rows;
        return Page();
    }

    /// <summary>The link to another page or order of this list, keeping the filters.</summary>
    public string Link(int? page = null, string? sort = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["type"] = TypeFilter,
            ["status"] = Status,
            ["culture"] = Culture,
            ["untranslated"] = Untranslated,
            ["owner"] = Owner,
            ["q"] = Query,
            ["sort"] = sort ?? Sort,
            ["p"] = page is null or 1 ? null : page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/content", parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
