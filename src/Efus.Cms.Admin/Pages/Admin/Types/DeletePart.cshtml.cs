using Efus.Cms.Admin.Types;
using Efus.Cms.Core.Management;
using Efus.Cms.Core.Metadata;
using Efus.Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Efus.Cms.Admin.Pages.Admin.Types;

/// <summary>Detaching a part asks first and says how many items have its data; a part others rely on is refused while items exist.</summary>
public sealed class DeletePartModel(IContentManager contentManager) : TypesPageModel
{
    public ContentTypeDefinition? Type { get; private set; }

    public ContentTypePartDefinition? Part { get; private set; }

    public int ItemCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, string part, CancellationToken cancellationToken) =>
        await LoadAsync(name, part, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string name, string part, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, part, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var change = ContentTypeChanges.DetachPart(Definitions, Type!, part, ItemCount);
        return await ApplyAsync(change, T["La partie « {0} » est retirée.", part], $"/admin/types/{name}", cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string name, string part, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Type = Definitions.Type(name);
        StampedType = Type;
        Part = Type?.Part(part);
        if (Part is null || part == Type!.Name)
        {
            return NotFound();
        }

        ItemCount = (await contentManager.QueryAsync(new ContentQuery { ContentTypes = [name], Status = ContentStatus.Latest, Take = 1 }, cancellationToken)).Total;
        return null;
    }
}
