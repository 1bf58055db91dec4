using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Admin.Work;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Work;

/// <summary>
/// A background job's page: its progress while it runs (refreshed by admin.js from the status handler,
/// or by a meta refresh without JavaScript), then its report or its error; a job run by another node is read from the database.
/// </summary>
public sealed class IndexModel(WorkRegistry work) : AdminPageModel
{
    public WorkStatus? Job { get; private set; }

    public WorkSnapshot Now { get; private set; } = new(WorkState.Running, 0, 0, null, null, null);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return Page();
    }

    /// <summary>The JSON that admin.js polls.</summary>
    public async Task<IActionResult> OnGetStatusAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return new JsonResult(new
        {
            state = Now.State.ToString().ToLowerInvariant(),
            done = Now.Done,
            total = Now.Total,
            percent = Now.Percent,
            stage = Now.Stage,
        });
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!Administrators.Is(User))
        {
            return Denied();
        }

        Job = await work.GetAsync(id, cancellationToken);
        if (Job is null)
        {
            return NotFound();
        }

        Now = Job.Snapshot;
        return null;
    }
}
