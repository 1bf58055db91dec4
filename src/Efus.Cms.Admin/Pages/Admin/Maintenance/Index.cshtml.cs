using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Admin.Work;
using Efus.Cms.Core.Maintenance;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Maintenance;

/// <summary>Rebuilding the search indexes from the admin, in the background, with its progress on the job's page.</summary>
public sealed class IndexModel(ISearchIndexMaintenance maintenance, ReindexJobs jobs) : AdminPageModel
{
    public IReadOnlyList<string> Indexes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Administrators.Is(User))
        {
            return Denied();
        }

        Indexes = await maintenance.IndexNamesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? index, CancellationToken cancellationToken)
    {
        if (!Administrators.Is(User))
        {
            return Denied();
        }

        Indexes = await maintenance.IndexNamesAsync(cancellationToken);
        IReadOnlyList<string> chosen = string.IsNullOrEmpty(index) ? Indexes : [.. Indexes.Where(i => i == index)];
        if (chosen.Count == 0)
        {
            return BadRequest();
        }

        var status = jobs.Start(chosen, User.Identity?.Name ?? "");
        return LocalRedirect($"/admin/work/{status.Id}");
    }
}
