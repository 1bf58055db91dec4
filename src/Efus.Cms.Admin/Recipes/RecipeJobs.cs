using Efus.Cms.Admin.Work;
using Efus.Cms.Core.Audit;
using Efus.Cms.Core.Management;
using Efus.Cms.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Efus.Cms.Admin.Recipes;

/// <summary>
/// The dry run and the import of an uploaded recipe as background jobs: both run every step in one
/// transaction; the dry run rolls it back and keeps its report, the import commits it and writes one
/// entry in the audit trail. A refused recipe fails the job with its place and reason, nothing written.
/// Both read the uploaded file (<see cref="RecipeUploads"/>): a successful dry run leaves it waiting for the
/// import; a failed one, and the import however it ends, delete it.
/// </summary>
public sealed class RecipeJobs(WorkRegistry work, RecipeUploads uploads, TimeProvider clock)
{
    public WorkStatus StartDryRun(RecipeUpload upload, string userId, string userName) =>
        work.Start(WorkKind.RecipeDryRun, userName, upload, (services, status, ct) => RunAsync(services, status, upload, userId, userName, dryRun: true, ct));

    public WorkStatus StartImport(RecipeUpload upload, string userId, string userName) =>
        work.Start(WorkKind.RecipeImport, userName, upload, (services, status, ct) => RunAsync(services, status, upload, userId, userName, dryRun: false, ct));

    private async Task RunAsync(IServiceProvider services, WorkStatus status, RecipeUpload upload, string userId, string userName, bool dryRun, CancellationToken cancellationToken)
    {
        // Items and their audit entries name the person who started the import, not "system".
        services.GetRequiredService<BackgroundActor>().ActAs(userId, userName);
        var keep = false;
        try
        {
            RecipeResult result;
            try
            {
                var recipe = await services.GetRequiredService<RecipeReader>().ReadFileAsync(upload.Path, upload.FileName, basePath: null, cancellationToken);
                result = await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new RecipeExecutionOptions
                {
                    DryRun = dryRun,
                    SkipUnsupportedSteps = upload.SkipUnsupported,
                    Parameters = new Dictionary<string, string> { ["AdminUserId"] = userId, ["AdminUsername"] = userName },
                    Progress = new Relay(status),
                }, cancellationToken);
            }
            catch (RecipeException e)
            {
                status.Fail(RecipeErrors.Describe(e));
                return;
            }

            if (!dryRun)
            {
                var details = $"{upload.FileName} : {result.ItemsCreated} créés, {result.ItemsUpdated} modifiés, {result.ItemsUnchanged} inchangés, {result.DefinitionsChanged.Count} définitions changées";
                await services.GetRequiredService<IAuditTrail>().RecordAsync(
                    new AuditEvent(clock.GetUtcNow().UtcDateTime, userName, AuditActions.RecipeImported, Details: details), cancellationToken);
            }
            else
            {
                // Before the job reads as succeeded: the import button may be pressed at once.
                upload.Wait(clock.GetUtcNow().UtcDateTime);
                keep = true;
            }

            status.Succeed(result);
        }
        finally
        {
            if (!keep)
            {
                uploads.Delete(upload);
            }
        }
    }

    /// <summary>Step n of N, and within a content step its items: done/total counts steps, the stage names the step and its items.</summary>
    private sealed class Relay(WorkStatus status) : IProgress<RecipeProgress>
    {
        public void Report(RecipeProgress value) =>
            status.Report(value.ItemsTotal > 0 ? value.ItemsDone : value.StepNumber - 1, value.ItemsTotal > 0 ? value.ItemsTotal : value.StepCount,
                $"{value.StepNumber}/{value.StepCount} {value.StepName}");
    }
}
