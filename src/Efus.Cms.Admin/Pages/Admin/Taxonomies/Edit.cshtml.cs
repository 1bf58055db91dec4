using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Admin.Taxonomies;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Taxonomies;

/// <summary>
/// The terms of one taxonomy: add, rename, move up or down (plain forms: keyboard and no JavaScript)
/// and a link to delete. Every change is saved and published at once; a refused change saves nothing
/// and shows its reason next to the input.
/// </summary>
public sealed class EditModel(TaxonomyService taxonomies, TimeProvider clock) : AdminPageModel
{
    public ContentItem? Taxonomy { get; private set; }

    public IReadOnlyList<TermRow> Terms { get; private set; } = [];

    /// <summary>Errors by input id ("NewTermName", or "name-{termId}").</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>What the editor typed, kept when refused (by input id).</summary>
    public Dictionary<string, string> Typed { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostAddAsync(string id, string? name, int revision, CancellationToken cancellationToken) =>
        ChangeAsync(id, revision, "NewTermName", name, tree => tree.Add(name, out _), T["Le terme « {0} » est ajouté.", name?.Trim() ?? ""], cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(string id, string termId, string? name, int revision, CancellationToken cancellationToken) =>
        ChangeAsync(id, revision, "name-" + termId, name, tree => tree.Rename(termId, name), T["Le terme est renommé « {0} ».", name?.Trim() ?? ""], cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(string id, string termId, string? direction, int revision, CancellationToken cancellationToken) =>
        ChangeAsync(id, revision, "move-" + termId, null, tree => tree.Move(termId, direction == "up" ? -1 : 1), T["L’ordre des termes est enregistré."], cancellationToken);

    private async Task<IActionResult> ChangeAsync(string id, int revision, string inputId, string? typed, Func<TermTree, Editors.EditorMessage?> change, string done, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var edited = Taxonomy!.Clone();
        edited.Revision = revision;
        if (change(new TermTree(edited, clock.GetUtcNow().UtcDateTime)) is { } problem)
        {
            return Refuse(inputId, typed, T.Message(problem));
        }

        try
        {
            await taxonomies.SaveAsync(edited, cancellationToken);
        }
        catch (ContentConflictException)
        {
            return Refuse(inputId, typed, T["Quelqu’un a modifié ces termes entre-temps : la liste ci-dessous est à jour, refaites votre changement."]);
        }

        Notify(done);
        return LocalRedirect($"/admin/taxonomies/{id}");
    }

    private IActionResult Refuse(string inputId, string? typed, string message)
    {
        Errors[inputId] = message;
        if (typed is not null)
        {
            Typed[inputId] = typed;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!await Authorizer.HasAsync(User, TaxonomyPermissions.ManageTaxonomies, cancellationToken))
        {
            return Denied();
        }

        Taxonomy = await taxonomies.GetAsync(id, cancellationToken);
        if (Taxonomy is null)
        {
            return NotFound();
        }

        Terms = TermTree.Rows(Taxonomy);
        return null;
    }
}
