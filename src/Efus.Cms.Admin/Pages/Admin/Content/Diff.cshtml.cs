using Efus.Cms.Admin.Comparison;
using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Content;

/// <summary>Two versions of one item compared field by field, word by word; every value is encoded.</summary>
public sealed class DiffModel(IContentManager contentManager, IContentDefinitionManager definitionManager, ContentComparer comparer, AdminClock clock) : AdminPageModel
{
    public ContentItem? Before { get; private set; }

    public ContentItem? After { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public AdminClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(string id, string? from, string? to, CancellationToken cancellationToken)
    {
        await clock.ZoneAsync(cancellationToken);
        Before = string.IsNullOrEmpty(from) ? null : await contentManager.GetVersionAsync(from, cancellationToken);
        After = string.IsNullOrEmpty(to) ? null : await contentManager.GetVersionAsync(to, cancellationToken);
        if (Before is null || After is null || Before.ContentItemId != id || After.ContentItemId != id)
        {
            return NotFound();
        }

        if (!await Authorizer.CanAsync(User, ContentAction.Preview, After, cancellationToken))
        {
            return Denied();
        }

        Changes = await comparer.CompareAsync(Before, After, await definitionManager.GetAsync(cancellationToken), cancellationToken);
        return Page();
    }
}
