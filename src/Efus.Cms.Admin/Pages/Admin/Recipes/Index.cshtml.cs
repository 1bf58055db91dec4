using Efus.Cms.Admin.Editors;
using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Admin.Recipes;
using Efus.Cms.Admin.Work;
using Efus.Cms.Recipes;
using Efus.Cms.Recipes.Export;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efus.Cms.Admin.Pages.Admin.Recipes;

/// <summary>
/// Import a recipe (upload, dry run listing what would change, then the confirmed import) and export
/// the whole site as one recipe. Administrators only. A file that is not a recipe, or names a step we
/// do not run, is refused here with its line and column or its step, and nothing runs. The upload goes
/// straight to a temporary file (<see cref="RecipeUploads"/>), never whole into memory.
/// </summary>
[RecipeRequestSizeLimit]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class IndexModel(
    RecipeReader reader, RecipeExecutor executor, RecipeJobs jobs, RecipeUploads uploads, WorkRegistry work, SiteExporter exporter, TimeProvider clock)
    : AdminPageModel
{
    public EditorMessage? UploadError { get; private set; }

    public bool SkipUnsupported { get; private set; }

    public IActionResult OnGet() => Administrators.Is(User) ? Page() : Denied();

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? recipe, bool skipUnsupported, CancellationToken cancellationToken)
    {
        if (!Administrators.Is(User))
        {
            return Denied();
        }

        SkipUnsupported = skipUnsupported;
        if (recipe is null || recipe.Length == 0)
        {
            return Refuse(new("Choisissez un fichier de recette (.json)."));
        }

        RecipeUpload upload;
        try
        {
            await using var content = recipe.OpenReadStream();
            upload = await uploads.SaveAsync(content, Path.GetFileName(recipe.FileName), skipUnsupported, cancellationToken);
        }
        catch (RecipeException e)
        {
            return Refuse(RecipeErrors.Describe(e));
        }

        try
        {
            var parsed = await reader.ReadFileAsync(upload.Path, upload.FileName, basePath: null, cancellationToken);
            var unsupported = parsed.Steps.Where(s => !executor.SupportedSteps.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unsupported.Count > 0 && !skipUnsupported)
            {
                uploads.Delete(upload);
                return Refuse(new("Étapes non prises en charge : {0}. Cochez « ignorer les étapes non prises en charge » pour importer le reste.",
                    string.Join(", ", unsupported.Select(s => $"{s.Number} « {s.Name} »"))));
            }
        }
        catch (RecipeException e)
        {
            uploads.Delete(upload);
            return Refuse(RecipeErrors.Describe(e));
        }
        catch
        {
            uploads.Delete(upload);
            throw;
        }

        var status = jobs.StartDryRun(upload, UserId ?? "", User.Identity?.Name ?? "");
        return LocalRedirect($"/admin/work/{status.Id}");
    }

    /// <summary>Imports the recipe of a finished dry run (by its job id): the same bytes the editor reviewed.</summary>
    public IActionResult OnPostImport(string dryRun)
    {
        if (!Administrators.Is(User))
        {
            return Denied();
        }

        // Claimed once: a second press of the button, or a file swept after waiting too long, is refused.
        if (work.GetLocal(dryRun) is not { Kind: WorkKind.RecipeDryRun, Input: RecipeUpload upload } checkedRun
            || checkedRun.Snapshot.State != WorkState.Succeeded || !upload.TryClaim())
        {
            return Refuse(new("Cet essai n’est plus disponible : déposez la recette à nouveau."));
        }

        var status = jobs.StartImport(upload, UserId ?? "", User.Identity?.Name ?? "");
        return LocalRedirect($"/admin/work/{status.Id}");
    }

    public IActionResult OnGetExport()
    {
        if (!Administrators.Is(User))
        {
            return Denied();
        }

        var name = $"efus-export-{clock.GetUtcNow():yyyyMMdd-HHmm}.recipe.json";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        Response.ContentType = "application/json; charset=utf-8";
        return new ExportResult(exporter);
    }

    private PageResult Refuse(EditorMessage error)
    {
        UploadError = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Streams the export straight into the response (a big site never sits whole in memory).</summary>
    private sealed class ExportResult(SiteExporter exporter) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) =>
            exporter.ExportAsync(context.HttpContext.Response.Body, context.HttpContext.RequestAborted);
    }
}
