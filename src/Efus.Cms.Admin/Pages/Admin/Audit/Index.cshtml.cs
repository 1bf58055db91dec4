using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Audit;

/// <summary>The audit trail, newest first, filtered by user, action, item and dates (GET parameters, in the database).</summary>
public sealed class IndexModel(IAuditTrail trail, AdminClock clock) : AdminPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "item")]
    public string? ItemId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    // "page" is the route value naming the Razor page, hence "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = new([], 0);

    public int PageCount => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public AdminClock Clock => clock;

    /// <summary>Sign-ins and account changes are for those who manage accounts; everyone who lists content sees its history.</summary>
    public bool ShowsAccountEvents { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await Authorizer.HasAsync(User, ContentPermissions.ListContent, cancellationToken))
        {
            return Denied();
        }

        await clock.ZoneAsync(cancellationToken);
        ShowsAccountEvents = await Authorizer.HasAsync(User, ContentPermissions.ManageUsers, cancellationToken);
        PageNumber = Math.Max(1, PageNumber);
        var to = clock.ParseLocalDate(To);
        Result = await trail.QueryAsync(new AuditQuery
        {
            UserName = UserName,
            Action = AuditActions.All.Contains(ActionFilter) ? ActionFilter : null,
            ContentItemId = ItemId,
            ContentOnly = !ShowsAccountEvents,
            FromUtc = clock.ParseLocalDate(From),
            ToUtc = to?.AddDays(1),
            Skip = (PageNumber - 1) * PageSize,
            Take = PageSize,
        }, cancellationToken);
        return Page();
    }

    public string ActionLabel(string action) => AuditActionLabels.Of(action, T);

    public string Link(int page)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["user"] = UserName,
            ["action"] = ActionFilter,
            ["item"] = ItemId,
            ["from"] = From,
            ["to"] = To,
            ["p"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/audit", parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
