using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Admin.Taxonomies;
using Efus.Cms.Core.Content;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Taxonomies;

/// <summary>
/// Deleting a term asks first, and says which items use it (and its sub-terms): they keep the
/// reference, which the site then ignores, as Orchard does.
/// </summary>
public sealed class DeleteTermModel(TaxonomyService taxonomies, TimeProvider clock) : AdminPageModel
{
    public ContentItem? Taxonomy { get; private set; }

    public string TermName { get; private set; } = "";

    public int SubTerms { get; private set; }

    public TermUsage Usage { get; private set; } = new([], 0);

    public async Task<IActionResult> OnGetAsync(string id, string termId, CancellationToken cancellationToken) =>
        await LoadAsync(id, termId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, string termId, int revision, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, termId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var edited = Taxonomy!.Clone();
        edited.Revision = revision;
        new TermTree(edited, clock.GetUtcNow().UtcDateTime).Remove(termId);
        try
        {
            await taxonomies.SaveAsync(edited, cancellationToken);
        }
        catch (ContentConflictException)
        {
            Notify(T["Quelqu’un a modifié ces termes entre-temps : rien n’a été supprimé, vérifiez la liste et recommencez."]);
            return LocalRedirect($"/admin/taxonomies/{id}");
        }

        Notify(T["Le terme « {0} » est supprimé.", TermName]);
        return LocalRedirect($"/admin/taxonomies/{id}");
    }

    private async Task<IActionResult?> LoadAsync(string id, string termId, CancellationToken cancellationToken)
    {
        if (!await Authorizer.HasAsync(User, TaxonomyPermissions.ManageTaxonomies, cancellationToken))
        {
            return Denied();
        }

        Taxonomy = await taxonomies.GetAsync(id, cancellationToken);
        var tree = Taxonomy is null ? null : new TermTree(Taxonomy.Clone(), clock.GetUtcNow().UtcDateTime);
        if (tree?.NameOf(termId) is not { } name)
        {
            return NotFound();
        }

        TermName = name;
        var ids = tree.IdsUnder(termId);
        SubTerms = ids.Count - 1;
        Usage = await taxonomies.UsageAsync(Taxonomy!, ids, cancellationToken);
        return null;
    }
}
