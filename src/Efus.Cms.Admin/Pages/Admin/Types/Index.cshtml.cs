using Efus.Cms.Admin.Types;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Types;

/// <summary>The content types, and a new type with a title and a generated address.</summary>
public sealed class IndexModel : TypesPageModel
{
    [BindProperty]
    public string? NewTypeName { get; set; }

    [BindProperty]
    public string? NewTypeDisplayName { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await AuthorizeAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var change = ContentTypeChanges.AddType(Definitions, NewTypeName, NewTypeDisplayName);
        var name = NewTypeName?.Trim() ?? "";
        return await ApplyAsync(change, T["Le type « {0} » est créé : ajoutez-lui des champs.", name], $"/admin/types/{name}", cancellationToken) ?? Page();
    }
}
