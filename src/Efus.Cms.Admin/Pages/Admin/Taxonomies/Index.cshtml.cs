using Efus.Cms.Admin.Infrastructure;
using Efus.Cms.Admin.Taxonomies;
using Efus.Cms.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Taxonomies;

/// <summary>The taxonomies (items with a TaxonomyPart, such as Themes) whose terms the editor can manage.</summary>
public sealed class IndexModel(TaxonomyService taxonomies) : AdminPageModel
{
    public IReadOnlyList<(ContentItem Taxonomy, int Terms)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await Authorizer.HasAsync(User, TaxonomyPermissions.ManageTaxonomies, cancellationToken))
        {
            return Denied();
        }

        var items = await taxonomies.ListAsync(cancellationToken);
        if (items.Count == 1)
        {
            return LocalRedirect($"/admin/taxonomies/{items[0].ContentItemId}");
        }

        Rows = [.. items.Select(t => (t, TermTree.Rows(t).Count))];
        return Page();
    }
}
